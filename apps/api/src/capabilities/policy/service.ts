import { defaultPolicyVersion, type IsoDate, type PolicyVersion, policyVersionSchema } from '@talent/domain';
import type { Db } from '../../platform/db.js';
import * as repo from './repository.js';

/**
 * The policy version in force on `date`: the latest stored version effective on or before it, else
 * the example defaults of policy.md. A stored body that no longer parses is skipped rather than
 * trusted, so one bad row falls back to the version before it.
 */
export async function loadPolicy(db: Db, date: IsoDate): Promise<PolicyVersion> {
  for (const row of await repo.policyBodiesUpTo(db, date)) {
    const parsed = policyVersionSchema.safeParse(row.body);
    if (parsed.success) return parsed.data;
  }
  return defaultPolicyVersion;
}
