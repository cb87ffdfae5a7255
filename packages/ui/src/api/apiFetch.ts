/**
 * The one place the portals talk HTTP. Every error becomes an `ApiError` carrying the API's
 * `{error:{code, message, details?, requestId}}`; a network failure is code 'network', a response that
 * is not that shape is code 'unexpected'. The typed client (`./client`) sends through `portalFetch`,
 * so both ways of calling share the headers, the base URL and the one error type.
 */

export type FieldIssue = { path: string; code: string; message: string };

export type ApiErrorCode = string;

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: unknown;
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    message: string;
    details?: unknown;
    requestId?: string;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId;
  }

  /** Field errors of a `validation_failed` response (`details.fields`), else []. */
  get fields(): FieldIssue[] {
    const fields = isRecord(this.details) ? this.details.fields : undefined;
    if (!Array.isArray(fields)) return [];
    return fields.filter(
      (f): f is FieldIssue =>
        isRecord(f) &&
        typeof f.path === 'string' &&
        typeof f.code === 'string' &&
        typeof f.message === 'string',
    );
  }

  /** Seconds to wait, from a 429 `rate_limited` (`details.retryAfterSeconds`). */
  get retryAfterSeconds(): number | undefined {
    const value = isRecord(this.details) ? this.details.retryAfterSeconds : undefined;
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.ceil(value) : undefined;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export type ApiFetchOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Appended as a query string; undefined and '' are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

/** Where the API lives; same origin by default (the dev server proxies /api). */
let apiBase = '';
export function setApiBase(base: string): void {
  apiBase = base.replace(/\/$/, '');
}

export function buildUrl(path: string, query?: ApiFetchOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `${apiBase}${path}${qs ? `?${qs}` : ''}`;
}

export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const init: RequestInit = { method: options.method ?? 'GET' };
  if (options.headers) init.headers = options.headers;
  if (options.body !== undefined) {
    init.headers = { 'Content-Type': 'application/json', ...options.headers };
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) init.signal = options.signal;
  return readBody<T>(await portalFetch(buildUrl(path, options.query), init));
}

/**
 * `fetch` as the portals use it: JSON accepted, the page's language asked for, the session cookie sent,
 * relative paths under the API base. Only a 2xx response comes back; anything else is thrown as an
 * ApiError (a 401 `unauthenticated` also tells the auth context the session is gone).
 */
export async function portalFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const lang = globalThis.document?.documentElement.lang;
  if (lang && !headers.has('Accept-Language')) headers.set('Accept-Language', lang);
  const url = withoutBlankParams(
    typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
  );
  let response: Response;
  try {
    response = await fetch(url.startsWith('/') ? `${apiBase}${url}` : url, {
      ...init,
      headers,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      status: 0,
      code: 'network',
      message: error instanceof Error ? error.message : String(error),
    });
  }
  if (response.ok) return response;
  const error = toApiError(
    response.status,
    parseJson(await response.text()),
    response.headers.get('x-request-id') ?? undefined,
  );
  if (error.status === 401 && error.code === 'unauthenticated') {
    for (const listener of unauthenticatedListeners) listener(error);
  }
  throw error;
}

/**
 * A blank filter is no filter: `?status=` would ask the API to check '' as a value. Dropped here for
 * every call, the typed client's as well as buildUrl's, instead of at each call site.
 */
function withoutBlankParams(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const kept = [...new URLSearchParams(url.slice(at + 1))].filter(([, value]) => value !== '');
  const qs = new URLSearchParams(kept).toString();
  return qs ? `${url.slice(0, at)}?${qs}` : url.slice(0, at);
}

type UnauthenticatedListener = (error: ApiError) => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/**
 * Called whenever the API answers 401 `unauthenticated` (the session expired or was ended elsewhere),
 * so the auth context can drop the user and the guard can send them to sign in. Returns an unsubscribe.
 */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => {
    unauthenticatedListeners.delete(listener);
  };
}

async function readBody<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  return parseJson(await response.text()) as T;
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Turns an error response body into an ApiError, whatever it holds. */
export function toApiError(status: number, body: unknown, requestId?: string): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (error && typeof error.code === 'string') {
    return new ApiError({
      status,
      code: error.code,
      message: typeof error.message === 'string' ? error.message : error.code,
      details: error.details,
      requestId: typeof error.requestId === 'string' ? error.requestId : requestId,
    });
  }
  return new ApiError({
    status,
    code: 'unexpected',
    message: `HTTP ${status}`,
    ...(requestId ? { requestId } : {}),
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
