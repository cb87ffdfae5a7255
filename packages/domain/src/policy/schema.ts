import { z } from 'zod';
import { isIsoDate } from '../dates/isoDate';
import { tiers } from './tiers';

/**
 * A policy version: every number the rules use, each with the legal reference a reviewer follows
 * from a decision on screen back to the sentence of policy behind it. Where 庆政办发〔2022〕44号 names
 * no figure, the bureau sets it and the reference says so.
 */
const clause = z.string().trim().min(1);
const param = <T extends z.ZodType>(value: T) => z.object({ value, clause });
const months = z.int().min(0).max(240);
const fen = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
const isoDate = z.string().refine(isIsoDate, 'validation.date.invalid');

export const tierPolicySchema = z.object({
  /** One-off allowance, paid in yearly parts. */
  settlingInAllowance: param(
    z
      .object({ totalFen: fen, parts: z.int().min(1).max(10) })
      .refine((v) => v.totalFen === 0 || v.totalFen >= v.parts, 'validation.policy.settlingInParts'),
  ),
  /** Zero months means the tier has no living allowance. */
  livingAllowance: param(z.object({ monthlyFen: fen, months })),
  /** Age in completed years at the claim date; null means no limit. */
  ageLimit: param(z.int().min(16).max(100).nullable()),
  serviceCommitmentMonths: param(months),
});

export const policyVersionSchema = z.object({
  id: z.string().trim().min(1),
  title: z.string().trim().min(1),
  effectiveFrom: isoDate,
  freshGraduateWindowMonths: param(months),
  employmentReport: z.object({
    windowMonths: param(months),
    reminderMonthsBefore: param(z.array(z.int().min(1).max(240)).max(12)),
  }),
  serviceLevelWorkingDays: z.object({
    ordinary: param(z.int().min(1).max(60)),
    greenChannel: param(z.int().min(1).max(60)),
  }),
  instantApproval: param(z.boolean()),
  /** Local practice ranges from 5 working days to a month. */
  publicNoticeWorkingDays: param(z.int().min(1).max(23)),
  tiers: z.object(
    Object.fromEntries(tiers.map((tier) => [tier, tierPolicySchema])) as Record<
      (typeof tiers)[number],
      typeof tierPolicySchema
    >,
  ),
  commonConditions: z.object({
    householdInQingyang: param(z.boolean()),
    minContractMonths: param(months),
    registeredBusinessQualifies: param(z.boolean()),
    minSocialInsuranceMonths: param(months),
    continuingContributions: param(z.boolean()),
    firstClaimOnly: param(z.boolean()),
  }),
  clawback: param(
    z.object({
      /** Recover the paid settling-in allowance in proportion to the unserved months of the commitment. */
      rule: z.literal('pro_rata_unserved_months'),
      waivable: z.boolean(),
    }),
  ),
});

export type TierPolicy = z.infer<typeof tierPolicySchema>;
export type PolicyVersion = z.infer<typeof policyVersionSchema>;
export type PolicyParam<T> = { value: T; clause: string };
