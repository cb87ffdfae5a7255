import type { Database } from '@talent/db';
import { type Kysely, sql, type Transaction } from 'kysely';

/** A database handle or an open transaction: services accept either. */
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

/**
 * Runs `fn` in a transaction: the caller's when `db` already is one, else a new one. Services do slow
 * work (password hashing) before calling this, so they never hold a connection while hashing.
 */
export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}

/** The database clock, for timestamp columns: the transaction's time, the same in every row it writes. */
export const dbNow = sql<Date>`now()`;
