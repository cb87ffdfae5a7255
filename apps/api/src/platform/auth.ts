import type { Engine } from '@talent/db';
import type { Actor } from '@talent/domain';
import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from './config.js';
import type { AppEnv, AuthState } from './context.js';
import type { Db } from './db.js';
import { unauthenticated } from './errors.js';
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
export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('auth')) throw unauthenticated();
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
