import type { PolicyVersion } from '../policy/schema';
import type { Tier } from '../policy/tiers';
import { type Evaluation, evaluate } from './evaluate';
import { subsidyPaymentRules } from './paymentRules';
import type { SettlementFacts, SettlementRoute } from './settlementFacts';
import { settlementRules } from './settlementRules';
import type { SubsidyFacts, SubsidyPaymentFacts } from './subsidyFacts';
import { subsidyRules } from './subsidyRules';

export function evaluateSettlement(
  facts: SettlementFacts,
  policy: PolicyVersion,
): Evaluation<SettlementRoute> {
  return evaluate(facts.route, settlementRules, facts, policy);
}

export function evaluateSubsidy(facts: SubsidyFacts, policy: PolicyVersion): Evaluation<Tier> {
  return evaluate(facts.tier, subsidyRules, facts, policy);
}

export function evaluateSubsidyPayment(
  facts: SubsidyPaymentFacts,
  policy: PolicyVersion,
): Evaluation<'payment'> {
  return evaluate('payment', subsidyPaymentRules, facts, policy);
}

/**
 * Instant approval (秒批, 二(一)5 green channel): allowed by the policy version, every criterion passes,
 * and every one was measured from data — no document awaits a human reader.
 */
export function canApproveInstantly(evaluation: Evaluation, policy: PolicyVersion): boolean {
  return (
    policy.instantApproval.value &&
    evaluation.outcome === 'eligible' &&
    evaluation.criteria.every((c) => c.basis === 'data')
  );
}
