import type { DbHandle } from '@talent/db';
import { getTestDb, unique } from '@talent/db/testing';
import { makeResidentId, makeUscc } from '@talent/domain/testing';
import { createApp } from '../app.js';
import type { ConfigOptions } from '../platform/config.js';
import type { Db } from '../platform/db.js';
import { hashPassword } from '../platform/password.js';
import { createPii } from '../platform/pii.js';
import { createSession, SESSION_COOKIE } from '../platform/session.js';
import { checkResponses } from './responseContract.js';

/** Every test account's password. */
export const TEST_PASSWORD = 'Test-pass-2026';
export const TEST_ORIGIN = 'http://localhost';

/** A fixed key so that data written by one run stays readable in the next (PostgreSQL keeps it). */
export const testPii = createPii(new Uint8Array(32).fill(7));

let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
};

// Unique per process and per run: a random block plus a counter seeded from the clock.
const block = Math.floor(Math.random() * 10_000);
let counter = Math.floor(Date.now() / 1000) % 100_000;

/** A valid mainland mobile that no other test (or earlier run) used. */
export function uniqueMobile(): string {
  counter = (counter + 1) % 100_000;
  return `19${String(block).padStart(4, '0')}${String(counter).padStart(5, '0')}`;
}

/** A valid unified social credit code with a correct check character. */
export function uniqueUscc(): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let org = '';
  for (let i = 0; i < 9; i++) org += chars[Math.floor(Math.random() * chars.length)];
  return makeUscc({ orgCode: org });
}

export function uniqueResidentId(): string {
  const year = 1960 + Math.floor(Math.random() * 45);
  const month = 1 + Math.floor(Math.random() * 12);
  const day = 1 + Math.floor(Math.random() * 28);
  return makeResidentId({
    birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    seq: Math.floor(Math.random() * 1000),
    sex: Math.random() < 0.5 ? 'male' : 'female',
  });
}

export function uniqueUsername(): string {
  return unique('u').toLowerCase();
}

export type CallOptions = {
  body?: unknown;
  /** The Cookie header, e.g. user.cookie. */
  cookie?: string | undefined;
  /** Origin header for mutations; TEST_ORIGIN by default, null to send none. */
  origin?: string | null;
  headers?: Record<string, string>;
};

export type TestUser = { id: string; login: string; cookie: string; token: string };

/**
 * A migrated database, an app on it, and helpers to call it as anyone. `database`: a database of the
 * test's own (createScratchDb) instead of the worker's shared one.
 */
export async function createTestHarness(
  config: ConfigOptions = {},
  database?: Pick<DbHandle, 'db' | 'engine'>,
) {
  const { db, engine } = database ?? (await getTestDb());
  const app = checkResponses(
    createApp({ db, engine, pii: testPii, config: { logRequests: false, ...config } }),
  );

  async function call(method: string, path: string, options: CallOptions = {}): Promise<Response> {
    const headers = new Headers(options.headers);
    if (options.cookie) headers.set('cookie', options.cookie);
    const origin = options.origin === undefined ? TEST_ORIGIN : options.origin;
    if (origin !== null && method !== 'GET' && method !== 'HEAD' && !headers.has('origin')) {
      headers.set('origin', origin);
    }
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    return app.request(path, { method, headers, body });
  }

  async function sessionFor(userId: string, login: string): Promise<TestUser> {
    const session = await createSession(db, userId);
    return { id: userId, login, token: session.token, cookie: `${SESSION_COOKIE}=${session.token}` };
  }

  /** An applicant, signed in; with a resident ID on file unless `residentId: null`. */
  async function applicant(options: { residentId?: string | null; name?: string } = {}) {
    const mobile = uniqueMobile();
    const residentId = options.residentId === undefined ? uniqueResidentId() : options.residentId;
    const row = await db
      .insertInto('app_user')
      .values({
        kind: 'applicant',
        login: mobile,
        name: options.name ?? '测试申请人',
        password_hash: await testPasswordHash(),
        resident_id_enc: residentId ? testPii.encrypt(residentId) : null,
        resident_id_hmac: residentId ? testPii.blindIndex(residentId) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...(await sessionFor(row.id, mobile)), mobile, residentId };
  }

  /** An employer (pending unless told) with one signed-in staff member of the given role. */
  async function employerStaff(options: { role?: 'admin' | 'hr'; status?: 'pending' | 'verified' } = {}) {
    const mobile = uniqueMobile();
    const employer = await db
      .insertInto('employer')
      .values({
        uscc: uniqueUscc(),
        name: `测试单位${unique('')}`,
        status: options.status ?? 'pending',
        contact_name: '联系人',
        contact_mobile: mobile,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await db
      .insertInto('app_user')
      .values({
        kind: 'employer',
        login: mobile,
        name: '单位联系人',
        password_hash: await testPasswordHash(),
        employer_id: employer.id,
        employer_role: options.role ?? 'admin',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...(await sessionFor(row.id, mobile)), mobile, employerId: employer.id };
  }

  /** A bureau account with the given roles, signed in; its person's resident ID is unique unless given. */
  async function bureau(roles: string[], options: { disabled?: boolean; residentId?: string } = {}) {
    const username = uniqueUsername();
    const residentId = options.residentId ?? uniqueResidentId();
    const row = await db
      .insertInto('app_user')
      .values({
        kind: 'bureau',
        login: username,
        name: '测试工作人员',
        roles,
        password_hash: await testPasswordHash(),
        disabled_at: options.disabled ? new Date() : null,
        person_id_enc: testPii.encrypt(residentId),
        person_id_hmac: testPii.blindIndex(residentId),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...(await sessionFor(row.id, username)), username, residentId };
  }

  /** Audit rows about one entity, oldest first. */
  function auditOf(entityId: string, action?: string) {
    let q = db.selectFrom('audit_log').selectAll().where('entity_id', '=', entityId);
    if (action) q = q.where('action', '=', action);
    return q.orderBy('id').execute();
  }

  async function sessionCount(userId: string): Promise<number> {
    const rows = await db.selectFrom('user_session').select('id').where('user_id', '=', userId).execute();
    return rows.length;
  }

  /** The newest text in the SMS outbox to an account or to a bare mobile (the gateway's view). */
  async function lastSms(to: { userId: string } | { mobile: string }) {
    let q = db.selectFrom('sms_outbox').select(['template', 'params']);
    q = 'userId' in to ? q.where('user_id', '=', to.userId) : q.where('mobile', '=', to.mobile);
    return q.orderBy('id', 'desc').limit(1).executeTakeFirst() as Promise<
      { template: string; params: Record<string, string | number> } | undefined
    >;
  }

  /** Asks for a code as the portal does and reads it from the SMS it sent (to `userId`, if registered). */
  async function requestCode(
    purpose: 'sign_up' | 'password_reset',
    kind: 'applicant' | 'employer',
    mobile: string,
    userId?: string,
  ): Promise<string> {
    const res = await call('POST', '/api/auth/codes', { body: { purpose, kind, mobile } });
    if (res.status !== 202) throw new Error(`code request answered ${res.status}: ${await res.text()}`);
    const sms = await lastSms(userId ? { userId } : { mobile });
    return String(sms?.params.code);
  }

  return {
    app,
    db: db as Db,
    engine,
    call,
    applicant,
    employerStaff,
    bureau,
    auditOf,
    sessionCount,
    lastSms,
    requestCode,
  };
}

export type TestHarness = Awaited<ReturnType<typeof createTestHarness>>;

/** The session token a response set, if any. */
export function sessionCookieOf(res: Response): string | undefined {
  for (const header of res.headers.getSetCookie()) {
    const match = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(header);
    if (match) return match[1] ? `${SESSION_COOKIE}=${match[1]}` : undefined;
  }
  return undefined;
}

/** Asserts nothing; returns the parsed error body for expectations. */
export async function errorOf(res: Response): Promise<{
  code: string;
  message: string;
  details?: { fields?: Array<{ path: string; code: string; message: string }>; retryAfterSeconds?: number };
  requestId: string;
}> {
  const body = (await res.json()) as { error: Awaited<ReturnType<typeof errorOf>> };
  return body.error;
}

export { unique };

/** Text that breaks naively built SQL or LIKE patterns; every endpoint must answer 4xx or succeed. */
export const SQL_METACHARACTERS = [
  "'; drop table app_user; --",
  '%_\\',
  "' or '1'='1",
  '"; select pg_sleep(1); --',
  'a\u0000b',
] as const;

/** Fails the test when a response is a server error, naming the request. */
export function expectNoServerError(res: Response, label: string): void {
  if (res.status >= 500) throw new Error(`${label} answered ${res.status}`);
}
