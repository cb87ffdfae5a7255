import type { PolicyVersion } from '../policy/schema';
import { dataCriterion, sentence } from './criterion';
import type { Rule } from './evaluate';
import { flag } from './flag';
import type { SubsidyPaymentFacts } from './subsidyFacts';

/**
 * The social-insurance conditions of a payment under one policy version (二(四)5 common conditions):
 * the rule below reads them, and so does the batch statement that applies the same rule to every
 * due instalment at once — one source for both.
 */
export function subsidyPaymentConditions(policy: PolicyVersion) {
  const { minSocialInsuranceMonths, continuingContributions } = policy.commonConditions;
  return {
    minSocialInsuranceMonths: minSocialInsuranceMonths.value,
    minSocialInsuranceMonthsClause: minSocialInsuranceMonths.clause,
    continuingContributions: continuingContributions.value,
    continuingContributionsClause: continuingContributions.clause,
  };
}

/** Why a payment waits: the criterion id the rule below gives for a failed condition. */
export const paymentHoldReasons = ['payment.socialInsurance', 'payment.contributing'] as const;
export type PaymentHoldReason = (typeof paymentHoldReasons)[number];

// Social insurance: the minimum months before the first payment, still contributing for each later one.
const socialInsurance: Rule<SubsidyPaymentFacts> = (facts, policy) => {
  const conditions = subsidyPaymentConditions(policy);
  if (facts.paymentNumber > 1) {
    return conditions.continuingContributions
      ? flag(
          policy,
          'payment.contributing',
          facts.contributing,
          conditions.continuingContributionsClause,
          'eligibility.contributing',
        )
      : null;
  }
  const min = conditions.minSocialInsuranceMonths;
  const months = facts.socialInsuranceMonths;
  const id = 'payment.socialInsurance';
  const c = conditions.minSocialInsuranceMonthsClause;
  if (months === undefined) {
    return dataCriterion(id, 'needs_evidence', null, min, c, sentence('eligibility.socialInsurance.unknown'));
  }
  const ok = months >= min;
  const text = sentence(ok ? 'eligibility.socialInsurance.pass' : 'eligibility.socialInsurance.fail', {
    months,
    min,
  });
  return dataCriterion(id, ok ? 'pass' : 'fail', months, min, c, text);
};

export const subsidyPaymentRules: readonly Rule<SubsidyPaymentFacts>[] = [socialInsurance];
