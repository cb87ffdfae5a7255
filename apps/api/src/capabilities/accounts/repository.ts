import { sql } from 'kysely';
import { type Db, dbNow } from '../../platform/db.js';

// Every SQL statement of the accounts capability.

export function findPasswordHash(db: Db, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['password_hash'])
    .where('id', '=', userId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function residentIdOwner(db: Db, hmac: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('resident_id_hmac', '=', hmac)
    .executeTakeFirst();
  return row?.id;
}

export type IdentityMethod = 'card_registry' | 'bureau_document_check';
export type IdentityChange = 'keep' | 'clear' | { method: IdentityMethod; by: string | null };

export async function updateProfile(
  db: Db,
  userId: string,
  values: {
    name: string;
    residentIdEnc: string;
    residentIdHmac: string | null;
    identity: IdentityChange;
  },
): Promise<void> {
  await db
    .updateTable('app_user')
    .set({
      name: values.name,
      resident_id_enc: values.residentIdEnc,
      resident_id_hmac: values.residentIdHmac,
      ...identityColumns(values.identity),
    })
    .where('id', '=', userId)
    .execute();
}

function identityColumns(change: IdentityChange) {
  if (change === 'keep') return {};
  if (change === 'clear') {
    return { identity_verified_at: null, identity_verified_by: null, identity_verification_method: null };
  }
  return {
    identity_verified_at: dbNow,
    identity_verified_by: change.by,
    identity_verification_method: change.method,
  };
}

/** The applicant's identity fields, locked: changes of one account apply one after the other. */
export function lockIdentity(db: Db, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'name', 'resident_id_enc', 'resident_id_hmac', 'identity_verified_at'])
    .where('id', '=', userId)
    .where('kind', '=', 'applicant')
    .forUpdate()
    .executeTakeFirst();
}

export async function setIdentityVerified(
  db: Db,
  userId: string,
  method: IdentityMethod,
  by: string | null,
): Promise<void> {
  await db.updateTable('app_user').set(identityColumns({ method, by })).where('id', '=', userId).execute();
}

/** How many times the account changed its resident ID within the last `hours`, and when the oldest ages out. */
export async function residentIdChangesSince(
  db: Db,
  userId: string,
  hours: number,
): Promise<{ count: number; retryAfterSeconds: number }> {
  const row = await db
    .selectFrom('audit_log')
    .select([
      sql<number>`count(*)::int`.as('n'),
      sql<number>`coalesce(ceil(extract(epoch from (min(at) + make_interval(hours => ${hours}) - now())))::int, 0)`.as(
        'retry_after',
      ),
    ])
    .where('actor_id', '=', userId)
    .where('action', '=', 'account.profile.update')
    .where(sql<boolean>`details->>'residentIdChanged' = 'true'`)
    .where(sql<boolean>`at > now() - make_interval(hours => ${hours})`)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), retryAfterSeconds: Number(row.retry_after) };
}

export async function insertDispute(
  db: Db,
  values: {
    claimantUserId: string;
    holderUserId: string | null;
    residentIdHmac: string;
    note: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('identity_dispute')
    .values({
      claimant_user_id: values.claimantUserId,
      holder_user_id: values.holderUserId,
      resident_id_hmac: values.residentIdHmac,
      note: values.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePassword(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, password_changed_at: dbNow, must_change_password: false })
    .where('id', '=', userId)
    .execute();
}

export function findResidentIdEnc(db: Db, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'kind', 'resident_id_enc'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export function findApplicant(db: Db, id: string) {
  return db
    .selectFrom('app_user as u')
    .leftJoin('app_user as v', 'v.id', 'u.identity_verified_by')
    .select([
      'u.id',
      'u.name',
      'u.login',
      'u.resident_id_enc',
      'u.resident_id_hmac',
      'u.identity_verified_at',
      'u.identity_verification_method',
      'v.name as identity_verified_by_name',
      'u.disabled_at',
      'u.created_at',
    ])
    .where('u.id', '=', id)
    .where('u.kind', '=', 'applicant')
    .executeTakeFirst();
}

export function openDisputes(db: Db) {
  return db
    .selectFrom('identity_dispute as d')
    .innerJoin('app_user as c', 'c.id', 'd.claimant_user_id')
    .leftJoin('app_user as h', 'h.id', 'd.holder_user_id')
    .select([
      'd.id',
      'd.created_at',
      'd.note',
      'd.claimant_user_id',
      'c.name as claimant_name',
      'c.login as claimant_login',
      'd.holder_user_id',
      'h.name as holder_name',
      'h.login as holder_login',
    ])
    .where('d.state', '=', 'open')
    .orderBy('d.created_at')
    .orderBy('d.id')
    .limit(500)
    .execute();
}
