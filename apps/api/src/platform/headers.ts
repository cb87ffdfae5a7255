import type { MiddlewareHandler } from 'hono';

/** The API answers data, never a page: nothing may run in it, load from it as a page, or frame it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The portals run only their own bundled scripts and styles (the built index.html has no inline
 * script; React's style props go through the CSSOM, which style-src does not govern). Images may be
 * data: URLs (the permit's QR code); a PDF document is shown in an <object> from the API.
 */
export const PORTAL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * An uploaded document shown inside a portal page: only a page of this origin may embed it. Chrome's
 * PDF viewer draws into the document with inline styles and an <embed>, so nothing else is limited
 * (nosniff and the checked content type keep it a PDF or an image).
 */
export const EMBEDDED_DOCUMENT_CSP = "frame-ancestors 'self'";

// Everything under /api may carry personal data except the OpenAPI document.
const CACHEABLE_API_PATHS = new Set(['/api/openapi.json']);

function setCommon(headers: Headers, csp: string): void {
  // A route with a policy of its own (an embedded document) keeps it.
  if (!headers.has('content-security-policy')) headers.set('content-security-policy', csp);
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', 'same-origin');
}

/** Every API response, errors included: a strict policy, and never stored by a browser or a proxy. */
export const apiSecurityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  setCommon(c.res.headers, API_CSP);
  if (!CACHEABLE_API_PATHS.has(c.req.path)) c.res.headers.set('cache-control', 'no-store');
};

/** Every portal response; hashed assets keep whatever caching the static server gives them. */
export const portalSecurityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  setCommon(c.res.headers, PORTAL_CSP);
};
