import { z } from '@hono/zod-openapi';
import { tiers } from '@talent/domain';

/**
 * The domain's decision shapes (criteria, evaluations, awards, facts) as response schemas. Views infer
 * their types from these and fill them with the domain's values, so a domain field the schema does not
 * know, or a schema field the domain does not give, fails typecheck instead of reaching a portal.
 */

export const localizedTextSchema = z.strictObject({ 'zh-CN': z.string(), en: z.string() });

const criterionValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()).readonly(),
]);

export const criterionSchema = z
  .strictObject({
    id: z.string(),
    status: z.enum(['pass', 'fail', 'needs_evidence']),
    measured: criterionValueSchema,
    required: criterionValueSchema,
    clause: z.string(),
    basis: z.enum(['data', 'document']),
    /** Index into the application's family members when the criterion is about one of them. */
    member: z.number().int().optional(),
    sentence: localizedTextSchema,
  })
  .openapi('Criterion');

export const evaluationSchema = z
  .strictObject({
    subject: z.string(),
    policyVersionId: z.string(),
    outcome: z.enum(['eligible', 'ineligible', 'needs_evidence']),
    criteria: z.array(criterionSchema).readonly(),
  })
  .openapi('Evaluation');

export const tierSchema = z.enum(tiers);

const awardLineSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['settling_in', 'living_allowance']),
  sequence: z.number().int(),
  of: z.number().int(),
  amountFen: z.number().int(),
  dueDate: z.string(),
  clause: z.string(),
});

export const awardSchema = z
  .strictObject({
    policyVersionId: z.string(),
    tier: tierSchema,
    startDate: z.string(),
    lines: z.array(awardLineSchema).readonly(),
    settlingInFen: z.number().int(),
    livingAllowanceFen: z.number().int(),
    totalFen: z.number().int(),
    serviceCommitmentMonths: z.number().int(),
    serviceEndsOn: z.string(),
    explanation: localizedTextSchema,
  })
  .openapi('Award');

/** Who holds a case in a state; null once nobody has to act. */
export const holderSchema = z
  .enum(['applicant', 'employer', 'reviewer', 'approver', 'registrar', 'finance'])
  .nullable();

/** Rows per state for a queue's tabs: one integer for each state the tabs show. */
export function countsSchema<const S extends string>(states: readonly S[]) {
  return z.strictObject(
    Object.fromEntries(states.map((s) => [s, z.number().int().min(0)])) as Record<S, z.ZodNumber>,
  );
}

/** A count for every state the tabs show, zero where the database found none. */
export function countsOf<const S extends string>(
  states: readonly S[],
  found: Readonly<Partial<Record<string, number>>>,
): Record<S, number> {
  return Object.fromEntries(states.map((s) => [s, found[s] ?? 0])) as Record<S, number>;
}
