import type { NewAppUser, NewEmployer } from '@talent/db';
import type { Db } from '../../platform/db.js';

// Every SQL statement of the auth capability.

export function findUserForSignIn(db: Db, kind: NewAppUser['kind'], login: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'kind', 'password_hash', 'disabled_at'])
    .where('kind', '=', kind)
    .where('login', '=', login)
    .executeTakeFirst();
}

export async function loginExists(db: Db, kind: NewAppUser['kind'], login: string): Promise<boolean> {
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('kind', '=', kind)
    .where('login', '=', login)
    .executeTakeFirst();
  return row !== undefined;
}

export async function usccExists(db: Db, uscc: string): Promise<boolean> {
  const row = await db.selectFrom('employer').select('id').where('uscc', '=', uscc).executeTakeFirst();
  return row !== undefined;
}

export async function insertUser(db: Db, values: NewAppUser): Promise<string> {
  const row = await db.insertInto('app_user').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertEmployer(db: Db, values: NewEmployer): Promise<string> {
  const row = await db.insertInto('employer').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
