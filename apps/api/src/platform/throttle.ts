import { sql } from 'kysely';
import type { Db } from './db.js';
import { ApiError } from './errors.js';

/** 5 failures within 15 minutes per key; the next attempt is refused even with the right password. */
export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

/** A throttle key (already hashed: no login or address is stored) and the failures it may have. */
export type ThrottleKey = { key: string; max: number };

/**
 * A claim on one attempt: rows recorded *before* the password is checked, so that parallel attempts
 * cannot all slip past the limit. `succeeded` removes them; a failure keeps them.
 */
export type Attempt = { ids: number[]; keys: string[] };

/**
 * Records an attempt for each key and refuses it with 429 when a key already has its maximum of
 * failures in the window (this attempt makes one more).
 */
export async function claimAttempt(db: Db, throttleKeys: readonly ThrottleKey[]): Promise<Attempt> {
  const keys = throttleKeys.map((k) => k.key);
  const max = new Map(throttleKeys.map((k) => [k.key, k.max]));
  const inserted = await db
    .insertInto('sign_in_failure')
    .values(keys.map((throttle_key) => ({ throttle_key })))
    .returning('id')
    .execute();
  const ids = inserted.map((r) => r.id);
  const counts = await db
    .selectFrom('sign_in_failure')
    .select([
      'throttle_key',
      (eb) => eb.fn.countAll<number>().as('n'),
      sql<number>`ceil(extract(epoch from (min(at) + make_interval(mins => ${WINDOW_MINUTES}) - now())))::int`.as(
        'retry_after',
      ),
    ])
    .where('throttle_key', 'in', keys)
    .where(sql<boolean>`at > now() - make_interval(mins => ${WINDOW_MINUTES})`)
    .groupBy('throttle_key')
    .execute();
  const over = counts.filter((r) => Number(r.n) > (max.get(r.throttle_key) ?? MAX_FAILURES));
  if (over.length > 0) {
    await db.deleteFrom('sign_in_failure').where('id', 'in', ids).execute();
    const retryAfterSeconds = Math.max(1, ...over.map((r) => Number(r.retry_after)));
    throw new ApiError('rate_limited', {
      details: { retryAfterSeconds },
      headers: { 'Retry-After': String(retryAfterSeconds) },
    });
  }
  return { ids, keys };
}

/**
 * The attempt succeeded: its own rows go, and so do the earlier failures of the account key (the
 * first key). The address's earlier failures stay: one good password must not unlock guessing others.
 */
export async function attemptSucceeded(db: Db, attempt: Attempt): Promise<void> {
  const [accountKey] = attempt.keys;
  await db
    .deleteFrom('sign_in_failure')
    .where((eb) =>
      eb.or([
        eb('id', 'in', attempt.ids.length ? attempt.ids : [-1]),
        ...(accountKey ? [eb('throttle_key', '=', accountKey)] : []),
      ]),
    )
    .execute();
}

/** Drops rows that no longer count (older than the window); cheap, run now and then. */
export async function pruneFailures(db: Db): Promise<void> {
  await db
    .deleteFrom('sign_in_failure')
    .where(sql<boolean>`at < now() - make_interval(mins => ${WINDOW_MINUTES * 2})`)
    .execute();
}
