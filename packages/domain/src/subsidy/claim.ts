import { z } from 'zod';
import { typeError } from '../accounts/typeError';
import type { IsoDate } from '../dates/isoDate';
import type { Evaluation } from '../eligibility/evaluate';
import { evaluateSubsidy } from '../eligibility/evaluators';
import type { SubsidyFacts } from '../eligibility/subsidyFacts';
import type { PolicyVersion } from '../policy/schema';
import type { Tier } from '../policy/tiers';
import { type Award, calculateAward } from './award';

/**
 * Banks that issue Gansu's social-security cards (社保卡) with a financial account: offered as a list,
 * but a claimant whose card came from another bank types its name (policy.md "Paying money").
 */
export const socialSecurityCardBanks = [
  '中国工商银行',
  '中国农业银行',
  '中国银行',
  '中国建设银行',
  '交通银行',
  '中国邮政储蓄银行',
  '甘肃银行',
  '兰州银行',
  '甘肃省农村信用社',
] as const;

/**
 * The claim as the graduate fills it in: the social-security card's bank and account, into which
 * every payment of the award goes (policy.md "Paying money": a payment to anyone else is an error).
 * Spaces typed between digit groups are dropped.
 */
export const subsidyClaimInputSchema = z.object({
  bankName: z
    .string(typeError('validation.bankName.length'))
    .trim()
    .min(2, 'validation.bankName.length')
    .max(40, 'validation.bankName.length'),
  bankAccount: z
    .string(typeError('validation.bankAccount.format'))
    .transform((v) => v.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^\d{12,25}$/, 'validation.bankAccount.format')),
});
export type SubsidyClaimInput = z.output<typeof subsidyClaimInputSchema>;

export type SubsidyClaimPreview = {
  evaluation: Evaluation<Tier>;
  /** The award the policy promises this tier, its dates counted from `startDate`. */
  award: Award;
  /** No criterion fails: open ones (evidence a reviewer still reads) do not stop a claim. */
  claimable: boolean;
};

/**
 * The preview a claimant sees and the figures a reviewer approves, from one function: eligibility
 * (each condition with its clause) and the award under `policy`, which must be the version in force
 * on the claim date (policyInForce). Dates run from `startDate`: the day the award takes effect, i.e.
 * after the public notice; before then they are an estimate.
 */
export function previewSubsidyClaim(
  facts: SubsidyFacts,
  policy: PolicyVersion,
  startDate: IsoDate = facts.claimDate,
): SubsidyClaimPreview {
  const evaluation = evaluateSubsidy(facts, policy);
  return {
    evaluation,
    award: calculateAward({ tier: facts.tier, startDate }, policy),
    claimable: evaluation.outcome !== 'ineligible',
  };
}
