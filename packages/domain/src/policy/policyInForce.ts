import type { IsoDate } from '../dates/isoDate';
import type { PolicyVersion } from './schema';

/**
 * The version whose effective date is the latest one on or before `date`: a new version applies to
 * claims submitted on or after its effective date, and an award keeps the version it was approved
 * under (policy.md "Degree-tiered incentives").
 */
export function policyInForce<P extends Pick<PolicyVersion, 'effectiveFrom'>>(
  versions: readonly P[],
  date: IsoDate,
): P | undefined {
  let best: P | undefined;
  for (const v of versions) {
    if (v.effectiveFrom <= date && (best === undefined || v.effectiveFrom >= best.effectiveFrom)) best = v;
  }
  return best;
}
