import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { type Actor, type BureauRole, bureauRoles } from '@talent/domain';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { CompiledQuery, type InferResult, sql } from 'kysely';
import type { AuthState, SessionUser } from './context.js';
import type { Db } from './db.js';

// The Lucia guide's design: the browser holds a random token, the database its SHA-256.
export const SESSION_COOKIE = 'talent_session';
const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_TTL_MS = 30 * DAY_MS;
/** The expiry slides forward when less than this remains; otherwise a request writes nothing. */
const RENEW_WITHIN_MS = 15 * DAY_MS;
const TOKEN_SHAPE = /^[a-z2-7]{32}$/;

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export type NewSession = { token: string; sessionId: string; expiresAt: Date };

export async function createSession(db: Db, userId: string): Promise<NewSession> {
  const token = generateSessionToken();
  const sessionId = sessionIdFromToken(token);
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db
    .insertInto('user_session')
    .values({ id: sessionId, user_id: userId, expires_at: expiresAt })
    .execute();
  return { token, sessionId, expiresAt };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('user_session').where('id', '=', sessionId).execute();
}

export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('user_session').where('user_id', '=', userId).execute();
}

/**
 * One indexed query (session by primary key, joined to its user and employer). Writes only to drop an
 * expired session or to slide an expiry that has less than 15 days left.
 */
const userColumns = [
  'u.id',
  'u.kind',
  'u.login',
  'u.name',
  'u.roles',
  'u.employer_role',
  'u.resident_id_enc',
  'u.person_id_hmac',
  'u.identity_verification_method',
  'u.disabled_at',
  'u.must_change_password',
  'e.id as employer_id',
  'e.name as employer_name',
  'e.uscc as employer_uscc',
  'e.status as employer_status',
] as const;

function toSessionUser(row: UserRow): SessionUser {
  return {
    id: row.id,
    kind: row.kind,
    login: row.login,
    name: row.name,
    roles: row.kind === 'bureau' ? onlyBureauRoles(row.roles) : [],
    employerRole: row.employer_role,
    employer:
      row.employer_id && row.employer_name && row.employer_uscc && row.employer_status
        ? {
            id: row.employer_id,
            name: row.employer_name,
            uscc: row.employer_uscc,
            status: row.employer_status,
          }
        : null,
    residentIdEnc: row.resident_id_enc,
    mustChangePassword: row.must_change_password,
    personKey: row.person_id_hmac,
    identityVerifiedBy: row.identity_verification_method,
  };
}

/** The user as a session sees it (with the employer), read fresh, e.g. right after a change. */
export async function findSessionUser(db: Db, userId: string): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('app_user as u')
    .leftJoin('employer as e', 'e.id', 'u.employer_id')
    .select(userColumns)
    .where('u.id', '=', userId)
    .executeTakeFirst();
  return row ? toSessionUser(row) : undefined;
}

// The request path's one query, compiled once: building a Kysely query per request costs more than
// running it. The SQL is the same for every PostgreSQL-dialect database handle.
function sessionQuery(db: Db) {
  return db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .leftJoin('employer as e', 'e.id', 'u.employer_id')
    .select(['s.id as session_id', 's.expires_at', ...userColumns])
    .where(sql<boolean>`s.id = any(string_to_array(${''}, ','))`);
}
type SessionRow = InferResult<ReturnType<typeof sessionQuery>>[number];
type UserRow = Omit<SessionRow, 'session_id' | 'expires_at'>;

let sessionQuerySql: string | undefined;
let preparedSessionQuery: string | undefined;

/**
 * On PostgreSQL the query runs as a named prepared statement: parsed and planned once per connection,
 * which nearly doubles the rate of GET /api/me. Kysely has no API for that, but it hands `sql` to
 * pg's `client.query(config, values)`, which accepts a `{ name, text }` config; the object stands in
 * for the string (and prints as it). PGlite gets the plain text.
 */
function asPreparedStatement(name: string, text: string): string {
  return { name, text, toString: () => text } as unknown as string;
}

type Waiter = { resolve: (row: SessionRow | undefined) => void; reject: (err: unknown) => void };

/**
 * Coalesces the session look-ups of requests that arrive in the same event-loop turn into one query
 * (`s.id = any(…)`): under load the number of database round trips per second, not their size, is what
 * limits GET /api/me. Nothing is cached: every look-up is answered by a query issued after its request
 * arrived, so a revoked session is refused at once.
 */
class SessionLoader {
  #queue = new Map<string, Waiter[]>();
  #scheduled = false;
  /** Batches in flight; while the limit is reached, new look-ups wait and join the next batch. */
  #inFlight = 0;
  static readonly MAX_IN_FLIGHT = 2;

  constructor(
    private readonly db: Db,
    private readonly prepared: boolean,
  ) {}

  load(sessionId: string): Promise<SessionRow | undefined> {
    return new Promise((resolve, reject) => {
      const waiters = this.#queue.get(sessionId);
      if (waiters) waiters.push({ resolve, reject });
      else this.#queue.set(sessionId, [{ resolve, reject }]);
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled || this.#inFlight >= SessionLoader.MAX_IN_FLIGHT || this.#queue.size === 0) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      void this.#flush();
    });
  }

  async #flush(): Promise<void> {
    if (this.#queue.size === 0) return;
    const batch = this.#queue;
    this.#queue = new Map();
    this.#inFlight++;
    try {
      sessionQuerySql ??= sessionQuery(this.db).compile().sql;
      preparedSessionQuery ??= asPreparedStatement('talent_sessions_by_id', sessionQuerySql);
      const text = this.prepared ? preparedSessionQuery : sessionQuerySql;
      const { rows } = await this.db.executeQuery<SessionRow>(
        CompiledQuery.raw(text, [[...batch.keys()].join(',')]),
      );
      const byId = new Map(rows.map((r) => [r.session_id, r]));
      for (const [id, waiters] of batch) for (const w of waiters) w.resolve(byId.get(id));
    } catch (err) {
      for (const waiters of batch.values()) for (const w of waiters) w.reject(err);
    } finally {
      this.#inFlight--;
      this.#schedule();
    }
  }
}

const loaders = new WeakMap<Db, SessionLoader>();

/**
 * One indexed query (sessions by primary key, joined to their user and employer; shared by the
 * requests of one event-loop turn). Writes only to drop an expired session or to slide an expiry that
 * has less than 15 days left.
 */
export async function validateSessionToken(
  db: Db,
  token: string,
  options: { prepared?: boolean } = {},
): Promise<AuthState | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const sessionId = sessionIdFromToken(token);
  let loader = loaders.get(db);
  if (!loader) {
    loader = new SessionLoader(db, Boolean(options.prepared) && !db.isTransaction);
    loaders.set(db, loader);
  }
  const row = await loader.load(sessionId);
  if (!row) return null;
  const now = Date.now();
  if (row.expires_at.getTime() <= now || row.disabled_at !== null) {
    await deleteSession(db, sessionId);
    return null;
  }
  let expiresAt = row.expires_at;
  let renewed = false;
  if (expiresAt.getTime() - now < RENEW_WITHIN_MS) {
    expiresAt = new Date(now + SESSION_TTL_MS);
    renewed = true;
    await db.updateTable('user_session').set({ expires_at: expiresAt }).where('id', '=', sessionId).execute();
  }
  const user = toSessionUser(row);
  return { sessionId, expiresAt, renewed, user, actor: actorOf(user) };
}

export function onlyBureauRoles(roles: readonly string[]): BureauRole[] {
  return roles.filter((r): r is BureauRole => (bureauRoles as readonly string[]).includes(r));
}

export function actorOf(
  user: Pick<SessionUser, 'id' | 'kind' | 'roles' | 'employer' | 'employerRole'> &
    Partial<Pick<SessionUser, 'personKey'>>,
): Actor {
  const actor: Actor = { userId: user.id, kind: user.kind, roles: user.kind === 'bureau' ? user.roles : [] };
  if (user.personKey) actor.personKey = user.personKey;
  if (user.kind === 'employer' && user.employer && user.employerRole) {
    actor.employerId = user.employer.id;
    actor.employerRole = user.employerRole;
  }
  return actor;
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

export function setSessionCookie(c: Context, token: string, expiresAt: Date, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Lax', path: '/', secure });
}
