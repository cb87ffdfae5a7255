import { sql } from 'kysely';
import type { Db } from '../../platform/db.js';

// Every SQL statement of the policy capability.

/** Versions in force on or before `date`, latest first. */
export function policyBodiesUpTo(db: Db, date: string) {
  return db
    .selectFrom('policy_version')
    .select(['id', 'effective_from', 'body'])
    .where('effective_from', '<=', date)
    .orderBy('effective_from', 'desc')
    .execute();
}

export type VersionRow = Awaited<ReturnType<typeof allVersions>>[number];

/** Every stored version, oldest first, with the name of whoever created it. */
export function allVersions(db: Db) {
  return db
    .selectFrom('policy_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.created_by')
    .select(['v.id', 'v.effective_from', 'v.body', 'u.name as created_by_name', 'v.created_at'])
    .orderBy('v.effective_from', 'asc')
    .execute();
}

export function insertVersion(db: Db, row: { effectiveFrom: string; body: unknown; createdBy: string }) {
  return db
    .insertInto('policy_version')
    .values({ effective_from: row.effectiveFrom, body: JSON.stringify(row.body), created_by: row.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Serialises creating versions (for the transaction) so that two admins cannot pick the same id at once. */
export async function lockVersions(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('policy_version'))`.execute(db);
}
