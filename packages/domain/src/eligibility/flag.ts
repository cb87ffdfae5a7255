import type { PolicyVersion } from '../policy/schema';
import { type Criterion, dataCriterion, type SentenceParams, sentence } from './criterion';
import { memoCriterion } from './memo';

/**
 * A yes/no fact: true passes, false fails, unknown leaves the criterion open. `variant` keeps apart
 * flags whose sentence says more than the value (the tier, for a first claim).
 */
export function flag(
  policy: PolicyVersion,
  id: string,
  value: boolean | undefined,
  clause: string,
  messagePrefix: string,
  params: SentenceParams = {},
  variant = '',
): Criterion {
  return memoCriterion(policy, [id, variant, value], () => {
    if (value === undefined) {
      return dataCriterion(
        id,
        'needs_evidence',
        null,
        true,
        clause,
        sentence(`${messagePrefix}.unknown`, params),
      );
    }
    const outcome = value ? 'pass' : 'fail';
    return dataCriterion(id, outcome, value, true, clause, sentence(`${messagePrefix}.${outcome}`, params));
  });
}
