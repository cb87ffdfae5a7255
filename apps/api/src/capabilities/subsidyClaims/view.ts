import {
  type Award,
  availableActions,
  calculateAward,
  type Evaluation,
  type Holder,
  maskName,
  maskResidentId,
  type Principal,
  personOf,
  type SubsidyClaimState,
  subsidyClaimMachine,
  todayInChina,
} from '@talent/domain';
import type { Db } from '../../platform/db.js';
import type { Pii } from '../../platform/pii.js';
import { loadPolicy } from '../policy/service.js';
import { type HistoryEntry, historyEntryOf, stringOrNull } from '../settlement/view.js';
import { claimRecordOf, claimRouteEvents } from './events.js';
import * as repo from './repository.js';

/** One instalment as the claimant's payment history shows it. */
export type PaymentView = {
  id: string;
  lineKey: string;
  kind: string;
  sequence: number;
  of: number;
  amountFen: number;
  dueDate: string;
  state: string;
  /** Present once the disbursement capability records them. */
  paidOn: string | null;
  failureReason: string | null;
  /** A failed line corrected and paid again in a later batch. */
  reissued: boolean;
};

export type ClaimView = {
  id: string;
  number: string;
  state: SubsidyClaimState;
  holder: Holder;
  tier: string;
  countyCode: string;
  claimant: { name: string; residentId: string | null };
  settlement: { id: string; number: string };
  employer: { id: string; name: string } | null;
  bank: { name: string; account: string };
  claimDate: string | null;
  policyVersionId: string | null;
  eligibility: Evaluation | null;
  submittedAt: string | null;
  dueOn: string | null;
  recommendedAt: string | null;
  approvedAt: string | null;
  decisionReason: string | null;
  award: {
    id: string;
    state: string;
    policyVersionId: string;
    startDate: string | null;
    serviceEndsOn: string | null;
    totalFen: number;
    settlingInFen: number;
    livingAllowanceFen: number;
    calculation: Award;
    payments: PaymentView[];
  } | null;
  /**
   * Before 复审 fixes the award: what the policy in force on the claim date gives the tier, dates
   * counted from the claim date (an estimate: the award's own dates run from the end of its notice).
   */
  expectedAward: Award | null;
  /** The caller recommended this claim (初审), so may not approve it (复审): the page says why. */
  recommendedByCaller: boolean;
  version: number;
  availableActions: string[];
  history: HistoryEntry[];
  createdAt: string;
};

/** The claim as the contract describes it, identifiers and the account masked, with the caller's actions. */
export async function claimView(
  db: Db,
  actor: Principal,
  row: repo.ClaimRow,
  pii: Pii,
  today = todayInChina(),
): Promise<ClaimView> {
  const [claimant, settlement, employer, award, history] = await Promise.all([
    repo.findClaimant(db, row.applicant_user_id),
    repo.findSettlementNumber(db, row.settlement_application_id),
    row.employer_id ? repo.findEmployerName(db, row.employer_id) : undefined,
    repo.findAward(db, row.id),
    repo.history(db, row.id),
  ]);
  const payments = award ? await repo.paymentLines(db, award.id) : [];
  const claimDate = row.claim_date ?? today;
  const expectedAward = award
    ? null
    : calculateAward({ tier: row.tier, startDate: claimDate }, await loadPolicy(db, claimDate));
  const bureau = actor.kind === 'bureau';
  return {
    id: row.id,
    number: row.number,
    state: row.state as SubsidyClaimState,
    holder: subsidyClaimMachine.holders[row.state as SubsidyClaimState] ?? null,
    tier: row.tier,
    countyCode: row.county_code,
    claimant: {
      // The claimant sees their own name; staff see it too, the ID masked for both.
      name: claimant?.name ?? '',
      residentId: claimant?.resident_id_enc ? maskResidentId(pii.decrypt(claimant.resident_id_enc)) : null,
    },
    settlement: { id: row.settlement_application_id, number: settlement?.number ?? '' },
    employer: employer ? { id: employer.id, name: employer.name } : null,
    bank: { name: row.bank_name, account: row.bank_account_masked },
    claimDate: row.claim_date,
    policyVersionId: row.policy_version_id,
    eligibility: (row.eligibility as Evaluation | null) ?? null,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    dueOn: row.due_on,
    recommendedAt: row.recommended_at?.toISOString() ?? null,
    approvedAt: row.approved_at?.toISOString() ?? null,
    decisionReason: row.decision_reason,
    award: award
      ? {
          id: award.id,
          state: award.state,
          policyVersionId: award.policy_version_id,
          startDate: award.start_date,
          serviceEndsOn: award.service_ends_on,
          totalFen: award.total_fen,
          settlingInFen: award.settling_in_fen,
          livingAllowanceFen: award.living_allowance_fen,
          calculation: award.calculation as Award,
          payments: payments.map(paymentOf),
        }
      : null,
    expectedAward,
    recommendedByCaller: row.state === 'recommended' && row.recommended_by_person === personOf(actor),
    version: row.version,
    availableActions: availableActions(subsidyClaimMachine, claimRecordOf(row), actor, { today }).filter(
      (e) => (claimRouteEvents as readonly string[]).includes(e),
    ),
    history: history.map((h) => historyEntryOf(h, 'subsidy_claim', bureau)),
    createdAt: row.created_at.toISOString(),
  };
}

/** A masked name for lists read by many (the queue); the case page shows the name in full. */
export function listName(name: string): string {
  return maskName(name);
}

function paymentOf(line: Awaited<ReturnType<typeof repo.paymentLines>>[number]): PaymentView {
  return {
    id: line.id,
    lineKey: line.line_key,
    kind: line.kind,
    sequence: line.sequence,
    of: line.of_count,
    amountFen: line.amount_fen,
    dueDate: line.due_date,
    state: line.state,
    // Columns of the disbursement migration (1940): absent before it runs, so read loosely.
    paidOn: stringOrNull(line.paid_on),
    failureReason: stringOrNull(line.failure_reason),
    reissued: Number(line.reissued_count ?? 0) > 0,
  };
}
