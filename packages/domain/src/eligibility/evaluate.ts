import type { PolicyVersion } from '../policy/schema';
import { type Criterion, type EligibilityOutcome, outcomeOf } from './criterion';

/** A rule contributes the criteria it can judge from the facts; none when it does not apply. */
export type Rule<F> = (facts: F, policy: PolicyVersion) => Criterion | readonly Criterion[] | null;

export type Evaluation<S extends string = string> = {
  subject: S;
  policyVersionId: string;
  outcome: EligibilityOutcome;
  criteria: readonly Criterion[];
};

/**
 * The one evaluator behind settlement routes and subsidies: runs every rule, keeps every criterion,
 * and derives the outcome from them alone, so nothing is decided without a criterion saying why.
 */
export function evaluate<S extends string, F>(
  subject: S,
  rules: readonly Rule<F>[],
  facts: F,
  policy: PolicyVersion,
): Evaluation<S> {
  const criteria: Criterion[] = [];
  for (const rule of rules) {
    const result = rule(facts, policy);
    if (result === null) continue;
    if (Array.isArray(result)) criteria.push(...(result as readonly Criterion[]));
    else criteria.push(result as Criterion);
  }
  return { subject, policyVersionId: policy.id, outcome: outcomeOf(criteria), criteria };
}
