import type { AppUserTable, AppUserUpdate } from '@talent/db';
import type { ElevatedBureauRole } from '@talent/domain';
import { type InferResult, type Selectable, sql } from 'kysely';
import { type Db, dbNow } from '../../platform/db.js';
import { personKeyOf } from '../../platform/persons.js';

// Every SQL statement of the staff capability.

const columns = ['id', 'login', 'name', 'roles', 'person_id_enc', 'disabled_at', 'created_at'] as const;

export type StaffRow = Pick<Selectable<AppUserTable>, (typeof columns)[number]>;
const sortColumns = { username: 'login', name: 'name', createdAt: 'created_at' } as const;
export type StaffSort = keyof typeof sortColumns;

/** `%`, `_` and `\` typed by a user match themselves, not any text. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export async function listStaff(
  db: Db,
  options: { q: string | undefined; sort: StaffSort; order: 'asc' | 'desc'; limit: number; offset: number },
): Promise<{ rows: StaffRow[]; total: number }> {
  let base = db.selectFrom('app_user').where('kind', '=', 'bureau');
  if (options.q) {
    const pattern = `%${escapeLike(options.q)}%`;
    base = base.where((eb) => eb.or([eb('login', 'ilike', pattern), eb('name', 'ilike', pattern)]));
  }
  const rows = await base
    .select(columns)
    .orderBy(sortColumns[options.sort], options.order)
    .orderBy('id', 'asc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export function findStaff(db: Db, id: string) {
  return db
    .selectFrom('app_user')
    .select(columns)
    .where('id', '=', id)
    .where('kind', '=', 'bureau')
    .executeTakeFirst();
}

/** Locks the account for the length of the transaction, so that two admins' changes apply one after the other. */
export function findStaffForUpdate(db: Db, id: string) {
  return db
    .selectFrom('app_user')
    .select(columns)
    .where('id', '=', id)
    .where('kind', '=', 'bureau')
    .forUpdate()
    .executeTakeFirst();
}

/** Enabled admins other than `exceptId`, locked, so that the last admin cannot be removed by two requests at once. */
export async function otherEnabledAdmins(db: Db, exceptId: string): Promise<number> {
  const rows = await db
    .selectFrom('app_user')
    .select('id')
    .where('kind', '=', 'bureau')
    .where('disabled_at', 'is', null)
    .where(sql<boolean>`'admin' = any(roles)`)
    .where('id', '<>', exceptId)
    .forUpdate()
    .execute();
  return rows.length;
}

export async function anyAdmin(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('kind', '=', 'bureau')
    .where(sql<boolean>`'admin' = any(roles)`)
    .executeTakeFirst();
  return row !== undefined;
}

export async function usernameExists(db: Db, username: string): Promise<boolean> {
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('kind', '=', 'bureau')
    .where('login', '=', username)
    .executeTakeFirst();
  return row !== undefined;
}

export function insertStaff(
  db: Db,
  values: {
    username: string;
    name: string;
    roles: string[];
    passwordHash: string;
    personIdEnc: string;
    personIdHmac: string;
  },
): Promise<StaffRow> {
  return db
    .insertInto('app_user')
    .values({
      kind: 'bureau',
      login: values.username,
      name: values.name,
      roles: values.roles,
      password_hash: values.passwordHash,
      person_id_enc: values.personIdEnc,
      person_id_hmac: values.personIdHmac,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function updateStaff(db: Db, id: string, values: AppUserUpdate): Promise<StaffRow> {
  return db
    .updateTable('app_user')
    .set(values)
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
}

// --- role grants (decision 0008)

/** The roles awaiting a second admin, per account of the page. */
export async function pendingRolesOf(db: Db, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (userIds.length === 0) return out;
  const rows = await db
    .selectFrom('staff_role_grant')
    .select(['user_id', 'role'])
    .where('state', '=', 'pending')
    .where('user_id', 'in', userIds)
    .orderBy('role')
    .execute();
  for (const r of rows) out.set(r.user_id, [...(out.get(r.user_id) ?? []), r.role]);
  return out;
}

export async function insertGrants(
  db: Db,
  userId: string,
  roles: readonly ElevatedBureauRole[],
  requestedBy: string,
): Promise<void> {
  if (roles.length === 0) return;
  await db
    .insertInto('staff_role_grant')
    .values(
      roles.map((role) => ({
        user_id: userId,
        role,
        requested_by: requestedBy,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'role']).where('state', '=', 'pending').doNothing())
    .execute();
}

/** Pending grants of the account for roles no longer asked for are withdrawn. */
export async function cancelGrantsExcept(
  db: Db,
  userId: string,
  keep: readonly ElevatedBureauRole[],
  by: string,
): Promise<ElevatedBureauRole[]> {
  let q = db
    .updateTable('staff_role_grant')
    .set({ state: 'cancelled', decided_by: by, decided_at: dbNow })
    .where('user_id', '=', userId)
    .where('state', '=', 'pending');
  if (keep.length > 0) q = q.where('role', 'not in', keep);
  const rows = await q.returning('role').execute();
  return rows.map((r) => r.role);
}

function grants(db: Db) {
  return db
    .selectFrom('staff_role_grant as g')
    .innerJoin('app_user as u', 'u.id', 'g.user_id')
    .innerJoin('app_user as r', 'r.id', 'g.requested_by')
    .select([
      'g.id',
      'g.user_id',
      'g.role',
      'g.state',
      'g.requested_by',
      'g.requested_at',
      'u.login as username',
      'u.name',
      'r.name as requested_by_name',
      personKeyOf('r').as('requested_by_person'),
      personKeyOf('u').as('grantee_person'),
      sql<boolean>`u.disabled_at is not null`.as('grantee_disabled'),
    ]);
}

/** requested_by_person and grantee_person: coalesce(person, account), which four eyes compare. */
export type GrantRow = InferResult<ReturnType<typeof grants>>[number];

export function pendingGrants(db: Db): Promise<GrantRow[]> {
  return grants(db).where('g.state', '=', 'pending').orderBy('g.requested_at').orderBy('g.id').execute();
}

export function findGrantForUpdate(db: Db, id: string): Promise<GrantRow | undefined> {
  return grants(db).where('g.id', '=', id).forUpdate('g').executeTakeFirst();
}

export async function decideGrant(
  db: Db,
  id: string,
  state: 'confirmed' | 'refused',
  by: string,
): Promise<void> {
  await db
    .updateTable('staff_role_grant')
    .set({ state, decided_by: by, decided_at: dbNow })
    .where('id', '=', id)
    .execute();
}

export async function addRole(db: Db, userId: string, role: string): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ roles: sql<string[]>`array_append(array_remove(roles, ${role}), ${role})` })
    .where('id', '=', userId)
    .execute();
}
