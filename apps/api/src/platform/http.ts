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
    const incoming = config.trustProxy > 0 ? c.req.header('x-request-id') : undefined;
    const requestId = incoming && INCOMING_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('x-request-id', requestId);
    const ms = performance.now() - started;
    // The template (/api/settlements/:id) of the handler that answered, never the path: ids would make a
    // series per record. Unmatched requests end at this middleware's own '*'.
    const template = routePath(c);
    const route = template.endsWith('*') ? (c.get('guardedRoute') ?? 'unmatched') : template;
    observeRequest(c.req.method, route, c.res.status, ms / 1000);
    if (config.logRequests) {
      // c.req.path has no query string, which is where search terms (names, numbers) would be; JSON
      // escapes most controls, but not U+2028/2029, which some log readers take as line ends.
      log(
        JSON.stringify({
          time: new Date().toISOString(),
          requestId,
          method: c.req.method,
          path: escapeControls(c.req.path),
          route,
          status: c.res.status,
          ms: Math.round(ms * 10) / 10,
        }),
      );
    }
  };
}

// C0 and C1 controls, the Unicode line breaks, and the backslash that the escapes begin with.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/g;

/**
 * A decoded path as one log line can hold it: `/api/x%0Aforged` would otherwise write a line of the
 * caller's choosing. Each such character becomes \xNN or \uNNNN.
 */
export function escapeControls(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/**
 * The client's address: the socket's peer, or behind `trustProxy` proxies the X-Forwarded-For entry
 * the outermost of them added (each proxy appends the peer it saw, so that is the trustProxy-th entry
 * from the right; anything left of it the client wrote itself). 'unknown' when there is neither
 * (requests made in-process by tests).
 */
export function clientAddress(c: Context, config: Config): string {
  if (config.trustProxy > 0) {
    const hops = c.req.header('x-forwarded-for')?.split(',') ?? [];
    const hop = hops[Math.max(0, hops.length - config.trustProxy)]?.trim();
    if (hop) return hop.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Whether the browser speaks https to us: the public URL says so, else the proxy, else the request. */
export function isHttps(c: Context, config: Config): boolean {
  if (config.publicUrl) return config.publicUrl.startsWith('https:');
  if (config.trustProxy > 0) {
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

/** The host the browser asked for: the proxy's X-Forwarded-Host when trusted, else Host. */
export function requestHost(c: Context, config: Config): string | undefined {
  const forwarded =
    config.trustProxy > 0 ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  return forwarded || c.req.header('host') || new URL(c.req.url).host;
}

/**
 * CSRF defence: a state-changing request must name an Origin that is the request's own origin
 * (scheme included: an http page may not post to the https site), the public URL or one of the
 * configured origins. A missing Origin is refused too.
 */
export function originCheck(config: Config): MiddlewareHandler<AppEnv> {
  const allowed = new Set(
    config.publicUrl ? [...config.allowedOrigins, config.publicUrl] : config.allowedOrigins,
  );
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const normalised = origin ? normaliseOrigin(origin) : null;
    if (!normalised) throw new ApiError('bad_origin');
    if (allowed.has(normalised)) return next();
    const own = normaliseOrigin(`${isHttps(c, config) ? 'https' : 'http'}://${requestHost(c, config)}`);
    if (normalised !== own) throw new ApiError('bad_origin');
    return next();
  };
}
