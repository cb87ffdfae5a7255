import type { AppUserUpdate } from '@talent/db';
import { sql } from 'kysely';
import type { Db } from '../../platform/db.js';

// Every SQL statement of the staff capability.

const columns = ['id', 'login', 'name', 'roles', 'disabled_at', 'created_at'] as const;

// TODO(db): created_at selects as a ColumnType object (see dbNow); rows are cast to this shape.
export type StaffRow = {
  id: string;
  login: string;
  name: string;
  roles: string[];
  disabled_at: Date | null;
  created_at: Date;
};

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
    .$castTo<StaffRow>()
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
    .$castTo<StaffRow>()
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
    .$castTo<StaffRow>()
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
  values: { username: string; name: string; roles: string[]; passwordHash: string },
): Promise<StaffRow> {
  return db
    .insertInto('app_user')
    .values({
      kind: 'bureau',
      login: values.username,
      name: values.name,
      roles: values.roles,
      password_hash: values.passwordHash,
    })
    .returning(columns)
    .$castTo<StaffRow>()
    .executeTakeFirstOrThrow();
}

export function updateStaff(db: Db, id: string, values: AppUserUpdate): Promise<StaffRow> {
  return db
    .updateTable('app_user')
    .set(values)
    .where('id', '=', id)
    .returning(columns)
    .$castTo<StaffRow>()
    .executeTakeFirstOrThrow();
}
