import type { IsoDate } from '../dates/isoDate';
import type { Tier } from '../policy/tiers';
import type { EvidenceState } from './evidence';

export type EmploymentFacts =
  | { kind: 'contract'; contractMonths: number; inQingyang: boolean; employerConfirmed: boolean }
  | { kind: 'business'; inQingyang: boolean };

/** What is known about a subsidy claim; anything not yet known is left out. */
export type SubsidyFacts = {
  tier: Tier;
  claimDate: IsoDate;
  birthDate?: IsoDate;
  /** The degree certificate, or for special skills the qualification or award. */
  tierEvidence?: EvidenceState;
  householdInQingyang?: boolean;
  employment?: EmploymentFacts;
  /** Only for graduates who settled first and work later (二(一)4). */
  employmentReport?: { settledOn: IsoDate; reportedOn?: IsoDate };
  previousClaimsForTier?: number;
};

/** Checked before each payment of an award, not at the claim (policy.md "Common conditions"). */
export type SubsidyPaymentFacts = {
  /** 1 for the award's first payment. */
  paymentNumber: number;
  socialInsuranceMonths?: number;
  contributing?: boolean;
};
