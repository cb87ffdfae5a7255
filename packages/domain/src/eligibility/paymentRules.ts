import { dataCriterion, sentence } from './criterion';
import type { Rule } from './evaluate';
import { flag } from './flag';
import type { SubsidyPaymentFacts } from './subsidyFacts';

// Social insurance: the minimum months before the first payment, still contributing for each later one.
const socialInsurance: Rule<SubsidyPaymentFacts> = (facts, policy) => {
  const { minSocialInsuranceMonths, continuingContributions } = policy.commonConditions;
  if (facts.paymentNumber > 1) {
    return continuingContributions.value
      ? flag(
          policy,
          'payment.contributing',
          facts.contributing,
          continuingContributions.clause,
          'eligibility.contributing',
        )
      : null;
  }
  const min = minSocialInsuranceMonths.value;
  const months = facts.socialInsuranceMonths;
  const id = 'payment.socialInsurance';
  const c = minSocialInsuranceMonths.clause;
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
