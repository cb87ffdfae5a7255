import {
  clause,
  type IsoDate,
  isQingyangAreaCode,
  parseResidentId,
  type SubsidyFacts,
  type Tier,
} from '@talent/domain';
import type { Db } from '../../platform/db.js';
import type { Pii } from '../../platform/pii.js';
import * as repo from './repository.js';

/** Why a person may not claim yet, before any criterion of the award is weighed; each with its clause. */
export type ClaimBlock = { code: string; clause: string };

export type Claimant = {
  userId: string;
  residentIdHmac: string;
  settlement: NonNullable<Awaited<ReturnType<typeof repo.settledApplication>>>;
  tier: Tier;
  facts: SubsidyFacts;
};

// The incentives are for people who settled (二(四)5); a graduate who settled first unlocks them by
// reporting employment, confirmed by the employer (二(一)4).
const settledClause = clause('二(四)5');
const employmentClause = clause('二(一)4');

/**
 * Who is claiming and what is known about them, read from the settlement they completed: the tier of
 * the education it recorded, the birth date in the resident ID, the confirmed job and the claims
 * already made for the tier. A degree the reviewer saw at settlement counts as verified evidence.
 */
export async function claimantOf(
  db: Db,
  userId: string,
  claimDate: IsoDate,
  pii: Pii,
  /** A claim being (re)submitted is not a previous claim of its own. */
  exceptClaimId?: string,
): Promise<{ claimant: Claimant; blocks: [] } | { claimant: undefined; blocks: ClaimBlock[] }> {
  const [user, settlement] = await Promise.all([
    repo.findClaimant(db, userId),
    repo.settledApplication(db, userId),
  ]);
  const blocks: ClaimBlock[] = [];
  if (!user?.resident_id_enc || !user.resident_id_hmac)
    blocks.push({ code: 'subsidyClaim.block.residentId', clause: settledClause });
  if (!settlement) blocks.push({ code: 'subsidyClaim.block.notSettled', clause: settledClause });
  else if (settlement.route === 'graduate' && settlement.state !== 'employment_confirmed')
    blocks.push({ code: 'subsidyClaim.block.employmentNotConfirmed', clause: employmentClause });
  if (settlement && !settlement.tier)
    blocks.push({ code: 'subsidyClaim.block.noTier', clause: settledClause });
  if (blocks.length > 0 || !user?.resident_id_enc || !user.resident_id_hmac || !settlement?.tier)
    return { claimant: undefined, blocks };
  const tier = settlement.tier;
  const residentId = parseResidentId(pii.decrypt(user.resident_id_enc));
  const previous = await repo.openClaimsForTier(db, user.resident_id_hmac, tier, exceptClaimId);
  const facts: SubsidyFacts = {
    tier,
    claimDate,
    // A degree the settlement reviewer read; a special skill is proven to the subsidy reviewer.
    tierEvidence: tier === 'special_skills' ? 'submitted' : 'verified',
    householdInQingyang: true,
    previousClaimsForTier: previous,
  };
  if (residentId.ok) facts.birthDate = residentId.value.birthDate;
  if (settlement.job_employer_id && settlement.contract_months !== null) {
    facts.employment = {
      kind: 'contract',
      contractMonths: settlement.contract_months,
      inQingyang: isQingyangAreaCode(settlement.employer_county_code ?? settlement.county_code),
      employerConfirmed: true,
    };
  }
  if (settlement.route === 'graduate' && settlement.registration_date) {
    facts.employmentReport = {
      settledOn: settlement.registration_date,
      ...(settlement.reported_at ? { reportedOn: chinaDateOf(settlement.reported_at) } : {}),
    };
  }
  return {
    claimant: { userId, residentIdHmac: user.resident_id_hmac, settlement, tier, facts },
    blocks: [],
  };
}

/** The calendar day in China (UTC+8) of a stored instant. */
function chinaDateOf(at: Date): IsoDate {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
