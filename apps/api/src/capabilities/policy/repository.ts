import type { Db } from '../../platform/db.js';

// Every SQL statement of the policy capability (read side).

/** Versions in force on or before `date`, latest first. */
export function policyBodiesUpTo(db: Db, date: string) {
  return db
    .selectFrom('policy_version')
    .select(['id', 'effective_from', 'body'])
    .where('effective_from', '<=', date)
    .orderBy('effective_from', 'desc')
    .execute();
}
