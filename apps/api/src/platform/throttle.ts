import { sql } from 'kysely';
import { type Db, inTransaction } from './db.js';
import { ApiError } from './errors.js';

/**
 * How one throttle key slows down: `free` attempts pass, then each further one waits `baseSeconds`
 * after the last, doubling with every attempt up to `capSeconds`; a key quiet for `forgetSeconds`
 * starts again from nothing.
 */
export type ThrottleRule = { free: number; baseSeconds: number; capSeconds: number; forgetSeconds: number };

/**
 * A throttle key (already a keyed hash: no login, mobile or address is stored). `accountKey` ties a
 * (account, address) pair to its account so that an admin can clear them all; `clearOnSuccess` drops
 * the key when the attempt succeeds (a pair), otherwise success only takes back this attempt.
 */
export type ThrottleKey = { key: string; rule: ThrottleRule; accountKey?: string; clearOnSuccess?: boolean };

/** A claim on one attempt, counted *before* the password is checked so parallel guesses cannot slip past. */
export type Attempt = { keys: readonly ThrottleKey[] };

const MAX_DOUBLINGS = 20;

/** Seconds the key must stay quiet after its `failures`-th attempt (0 while within the free ones). */
export function delaySeconds(rule: ThrottleRule, failures: number): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.baseSeconds * 2 ** Math.min(failures - rule.free, MAX_DOUBLINGS), rule.capSeconds);
}

/**
 * Counts one attempt on every key, or none: when any key is still waiting, nothing is counted (a
 * refused attempt does not lengthen the wait) and the answer is 429 with Retry-After and the wait
 * in `details.retryAfterSeconds`.
 */
export async function claimAttempt(db: Db, keys: readonly ThrottleKey[]): Promise<Attempt> {
  const blocked = new Blocked();
  try {
    await inTransaction(db, async (trx) => {
      for (const k of keys) if (!(await countOne(trx, k))) throw blocked;
    });
  } catch (err) {
    if (err !== blocked) throw err;
    const retryAfterSeconds = await waitOf(db, keys);
    throw new ApiError('rate_limited', {
      messageKey: 'error.rate_limited.minutes',
      messageParams: { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) },
      details: { retryAfterSeconds },
      headers: { 'Retry-After': String(retryAfterSeconds) },
    });
  }
  return { keys };
}

class Blocked {}

/** One atomic upsert: counts the attempt unless the key is waiting; false when it is. */
async function countOne(db: Db, k: ThrottleKey): Promise<boolean> {
  const { free, baseSeconds, capSeconds, forgetSeconds } = k.rule;
  const forgotten = sql<boolean>`t.last_failure_at < now() - make_interval(secs => ${forgetSeconds}::float8)`;
  const { rows } = await sql<{ failures: number }>`
    insert into sign_in_throttle as t (key, account_key, failures, last_failure_at)
    values (${k.key}, ${k.accountKey ?? null}, 1, now())
    on conflict (key) do update set
      failures = case when ${forgotten} then 1 else t.failures + 1 end,
      last_failure_at = now()
    where ${forgotten}
      or t.failures < ${free}::int
      or t.last_failure_at + make_interval(secs => least(
           ${baseSeconds}::float8 * power(2, least(t.failures - ${free}::int, ${MAX_DOUBLINGS}::int)),
           ${capSeconds}::float8)) <= now()
    returning failures`.execute(db);
  return rows.length > 0;
}

/** The longest wait left among the keys, in whole seconds (at least 1). */
async function waitOf(db: Db, keys: readonly ThrottleKey[]): Promise<number> {
  const rows = await db
    .selectFrom('sign_in_throttle')
    .select([
      'key',
      'failures',
      sql<number>`extract(epoch from now() - last_failure_at)::float8`.as('elapsed'),
    ])
    .where(
      'key',
      'in',
      keys.map((k) => k.key),
    )
    .execute();
  const rules = new Map(keys.map((k) => [k.key, k.rule]));
  const waits = rows.map((r) => {
    const rule = rules.get(r.key);
    return rule ? delaySeconds(rule, r.failures) - Number(r.elapsed) : 0;
  });
  return Math.max(1, Math.ceil(Math.max(0, ...waits)));
}

/**
 * The attempt succeeded: a pair key is forgotten; the others (the address) only take this attempt
 * back, so one good password does not wipe the failures of others at the same address.
 */
export async function attemptSucceeded(db: Db, attempt: Attempt): Promise<void> {
  const cleared = attempt.keys.filter((k) => k.clearOnSuccess).map((k) => k.key);
  const counted = attempt.keys.filter((k) => !k.clearOnSuccess).map((k) => k.key);
  if (cleared.length) await db.deleteFrom('sign_in_throttle').where('key', 'in', cleared).execute();
  if (counted.length) {
    await db
      .updateTable('sign_in_throttle')
      .set({ failures: sql`greatest(failures - 1, 0)` })
      .where('key', 'in', counted)
      .execute();
  }
}

/** Clears every (account, address) pair of one account: an admin's unlock, a password reset. */
export async function clearAccount(db: Db, accountKey: string): Promise<number> {
  const result = await db
    .deleteFrom('sign_in_throttle')
    .where('account_key', '=', accountKey)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Drops keys quiet for two days (longer than any rule remembers); cheap, run now and then. */
export async function pruneThrottles(db: Db): Promise<void> {
  await db
    .deleteFrom('sign_in_throttle')
    .where(sql<boolean>`last_failure_at < now() - interval '2 days'`)
    .execute();
}
