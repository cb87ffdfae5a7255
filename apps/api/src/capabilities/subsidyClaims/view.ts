import { z } from '@hono/zod-openapi';
import {
  type Award,
  type AwardState,
  availableActions,
  awardStates,
  calculateAward,
  type Evaluation,
  maskName,
  maskResidentId,
  type Principal,
  personOf,
  policyVersionSchema,
  type SubsidyClaimState,
  subsidyClaimMachine,
  subsidyClaimStates,
  todayInChina,
} from '@talent/domain';
import type { Db } from '../../platform/db.js';
import type { Pii } from '../../platform/pii.js';
import { awardSchema, evaluationSchema, holderSchema, tierSchema } from '../../platform/responses.js';
import { loadPolicy } from '../policy/service.js';
import { historyEntryOf, historyEntrySchema, stringOrNull } from '../settlement/view.js';
import { claimRecordOf, claimRouteEvents } from './events.js';
import * as repo from './repository.js';

/** One instalment as the claimant's payment history shows it. */
export const paymentViewSchema = z.strictObject({
  id: z.string(),
  lineKey: z.string(),
  kind: z.string(),
  sequence: z.number().int(),
  of: z.number().int(),
  amountFen: z.number().int(),
  dueDate: z.string(),
  state: z.string(),
  /** Present once the disbursement capability records them. */
  paidOn: z.string().nullable(),
  failureReason: z.string().nullable(),
  /** A failed line corrected and paid again in a later batch. */
  reissued: z.boolean(),
});
export type PaymentView = z.infer<typeof paymentViewSchema>;

export const claimViewSchema = z
  .strictObject({
    id: z.string(),
    number: z.string(),
    state: z.enum(subsidyClaimStates),
    holder: holderSchema,
    tier: tierSchema,
    countyCode: z.string(),
    claimant: z.strictObject({ name: z.string(), residentId: z.string().nullable() }),
    settlement: z.strictObject({ id: z.string(), number: z.string() }),
    employer: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
    bank: z.strictObject({ name: z.string(), account: z.string() }),
    claimDate: z.string().nullable(),
    policyVersionId: z.string().nullable(),
    eligibility: evaluationSchema.nullable(),
    submittedAt: z.string().nullable(),
    dueOn: z.string().nullable(),
    recommendedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
    decisionReason: z.string().nullable(),
    award: z
      .strictObject({
        id: z.string(),
        state: z.enum(awardStates),
        policyVersionId: z.string(),
        startDate: z.string().nullable(),
        serviceEndsOn: z.string().nullable(),
        totalFen: z.number().int(),
        settlingInFen: z.number().int(),
        livingAllowanceFen: z.number().int(),
        calculation: awardSchema,
        payments: z.array(paymentViewSchema),
      })
      .nullable(),
    /**
     * Before 复审 fixes the award: what the policy in force on the claim date gives the tier, dates
     * counted from the claim date (an estimate: the award's own dates run from the end of its notice).
     */
    expectedAward: awardSchema.nullable(),
    /** The caller recommended this claim (初审), so may not approve it (复审): the page says why. */
    recommendedByCaller: z.boolean(),
    version: z.number().int(),
    availableActions: z.array(z.string()),
    history: z.array(historyEntrySchema),
    createdAt: z.string(),
  })
  .openapi('SubsidyClaim');
export type ClaimView = z.infer<typeof claimViewSchema>;

/** One line of the claimant's own list. */
export const claimSummarySchema = z
  .strictObject({
    id: z.string(),
    number: z.string(),
    state: z.enum(subsidyClaimStates),
    tier: tierSchema,
    bankAccount: z.string(),
    submittedAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .openapi('SubsidyClaimSummary');
export type ClaimSummary = z.infer<typeof claimSummarySchema>;

/** One line of the bureau's queue. */
export const queueItemSchema = z
  .strictObject({
    id: z.string(),
    number: z.string(),
    /** Masked (张*丰): the queue shows who, the claim page more. */
    applicantName: z.string(),
    tier: tierSchema,
    countyCode: z.string(),
    state: z.enum(subsidyClaimStates),
    holder: holderSchema,
    submittedAt: z.string().nullable(),
    dueOn: z.string().nullable(),
    totalFen: z.number().int().nullable(),
  })
  .openapi('SubsidyClaimQueueItem');
export type QueueItem = z.infer<typeof queueItemSchema>;

const evidenceStateSchema = z.enum(['missing', 'submitted', 'verified', 'rejected']);

/** SubsidyFacts: what is known about a claim; anything not yet known is left out. */
const subsidyFactsSchema = z.strictObject({
  tier: tierSchema,
  claimDate: z.string(),
  birthDate: z.string().optional(),
  tierEvidence: evidenceStateSchema.optional(),
  householdInQingyang: z.boolean().optional(),
  employment: z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('contract'),
        contractMonths: z.number().int(),
        inQingyang: z.boolean(),
        employerConfirmed: z.boolean(),
      }),
      z.strictObject({ kind: z.literal('business'), inQingyang: z.boolean() }),
    ])
    .optional(),
  employmentReport: z.strictObject({ settledOn: z.string(), reportedOn: z.string().optional() }).optional(),
  previousClaimsForTier: z.number().int().optional(),
});

/** SubsidyClaimPreview: what a claim made today would be awarded and why. */
export const claimPreviewSchema = z
  .strictObject({
    evaluation: evaluationSchema,
    /** The award the policy promises this tier, its dates counted from `startDate`. */
    award: awardSchema,
    /** No criterion fails: open ones (evidence a reviewer still reads) do not stop a claim. */
    claimable: z.boolean(),
  })
  .openapi('SubsidyClaimPreview');

const claimRef = z.strictObject({ id: z.string(), number: z.string(), state: z.enum(subsidyClaimStates) });

export const eligibilitySchema = z
  .strictObject({
    /** True when a claim can be made now: settled, employed (confirmed), no criterion failing, none open for the tier. */
    canClaim: z.boolean(),
    blocks: z.array(z.strictObject({ code: z.string(), clause: z.string() })),
    tier: tierSchema.nullable(),
    claimDate: z.string(),
    settlement: z.strictObject({ id: z.string(), number: z.string(), state: z.string() }).nullable(),
    /** The facts and the policy in force, so a portal runs the same preview (previewSubsidyClaim) itself. */
    facts: subsidyFactsSchema.nullable(),
    policy: policyVersionSchema,
    preview: claimPreviewSchema.nullable(),
    /** The claim already made for this tier, if any. */
    existingClaim: claimRef.nullable(),
  })
  .openapi('SubsidyEligibility');
export type Eligibility = z.infer<typeof eligibilitySchema>;

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
          state: award.state as AwardState,
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
