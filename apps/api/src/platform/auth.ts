import type { Engine } from '@talent/db';
import type { Actor } from '@talent/domain';
import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from './config.js';
import type { AppEnv, AuthState } from './context.js';
import type { Db } from './db.js';
import { ApiError, unauthenticated } from './errors.js';
import { isHttps } from './http.js';
import { clearSessionCookie, readSessionCookie, setSessionCookie, validateSessionToken } from './session.js';

/** Reads the session cookie (if any) and puts the session, its user and the Actor on the context. */
export function sessionMiddleware(db: Db, config: Config, engine: Engine): MiddlewareHandler<AppEnv> {
  const options = { prepared: engine === 'postgres' };
  return async (c, next) => {
    const token = readSessionCookie(c);
    if (token === undefined) {
      c.set('auth', null);
      return next();
    }
    const auth = await validateSessionToken(db, token, options);
    c.set('auth', auth);
    if (!auth) clearSessionCookie(c, isHttps(c, config));
    else if (auth.renewed) setSessionCookie(c, token, auth.expiresAt, isHttps(c, config));
    return next();
  };
}

/** Route middleware: 401 before anything else (validation included) when nobody is signed in. */
/** What a session with an admin's temporary password may still do: read itself, change the password. */
const MUST_CHANGE_ALLOWS = new Set(['/api/me', '/api/me/password']);

export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const auth = c.get('auth');
  if (!auth) throw unauthenticated();
  // the admin who set the temporary password knows it: it opens nothing until the holder replaces it
  if (auth.user.mustChangePassword && !MUST_CHANGE_ALLOWS.has(c.req.path)) {
    throw new ApiError('forbidden', { messageKey: 'error.forbidden.mustChangePassword' });
  }
  return next();
};

export function currentAuth(c: Context<AppEnv>): AuthState {
  const auth = c.get('auth');
  if (!auth) throw unauthenticated();
  return auth;
}

export function currentActor(c: Context<AppEnv>): Actor {
  return currentAuth(c).actor;
}
