import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Config } from './config.js';
import { normaliseOrigin } from './config.js';
import type { AppEnv, ServiceContext } from './context.js';
import { ApiError } from './errors.js';
import type { RequestLog } from './logging.js';
import { observeRequest } from './metrics.js';
import type { Pii } from './pii.js';

const INCOMING_REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * Gives every request an id (x-request-id on the response), counts it for /api/metrics by its route
 * template, and logs one JSON line without personal data.
 */
export function requestIdAndLog(config: Config, log: RequestLog): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = config.trustProxy ? c.req.header('x-request-id') : undefined;
    const requestId = incoming && INCOMING_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('x-request-id', requestId);
    const ms = performance.now() - started;
    // The template (/api/settlements/:id) of the handler that answered, never the path: ids would make a
    // series per record. Unmatched requests end at this middleware's own '*'.
    const template = routePath(c);
    const route = template.endsWith('*') ? 'unmatched' : template;
    observeRequest(c.req.method, route, c.res.status, ms / 1000);
    if (config.logRequests) {
      // c.req.path has no query string, which is where search terms (names, numbers) would be.
      log(
        JSON.stringify({
          time: new Date().toISOString(),
          requestId,
          method: c.req.method,
          path: c.req.path,
          route,
          status: c.res.status,
          ms: Math.round(ms * 10) / 10,
        }),
      );
    }
  };
}

/**
 * The client's address: the socket's peer, or the first X-Forwarded-For entry behind a trusted proxy.
 * 'unknown' when there is neither (requests made in-process by tests).
 */
export function clientAddress(c: Context, config: Config): string {
  if (config.trustProxy) {
    const first = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (first) return first.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function isHttps(c: Context, config: Config): boolean {
  if (config.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    if (proto) return proto === 'https';
  }
  return c.req.url.startsWith('https:');
}

export function serviceContext(c: Context<AppEnv>, config: Config, pii: Pii): ServiceContext {
  return {
    requestId: c.get('requestId') ?? null,
    clientAddress: clientAddress(c, config),
    pii,
    signInLimits: config.signInLimits,
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence: a state-changing request must name an Origin whose host is the request's own host,
 * or one of the configured origins. A missing Origin is refused too.
 */
export function originCheck(config: Config): MiddlewareHandler<AppEnv> {
  const allowed = new Set(config.allowedOrigins);
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const normalised = origin ? normaliseOrigin(origin) : null;
    if (!normalised) throw new ApiError('bad_origin');
    if (allowed.has(normalised)) return next();
    const originHost = new URL(normalised).host;
    const hosts = [new URL(c.req.url).host, c.req.header('host')];
    if (config.trustProxy) hosts.push(c.req.header('x-forwarded-host')?.split(',')[0]?.trim());
    if (!hosts.some((h) => h && h.toLowerCase() === originHost)) throw new ApiError('bad_origin');
    return next();
  };
}
