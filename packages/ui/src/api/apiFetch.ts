/**
 * The one place the portals talk HTTP. Every error becomes an `ApiError` carrying the API's
 * `{error:{code, message, details?, requestId}}`; a network failure is code 'network', a response that
 * is not that shape is code 'unexpected'. When the typed client (`@talent/api/client`) lands, it can
 * be built on the same `fetch` options (credentials, Accept-Language) and errors can go through
 * `toApiError`, so screens keep one error type.
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
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const lang = globalThis.document?.documentElement.lang;
  if (lang && !headers['Accept-Language']) headers['Accept-Language'] = lang;
  const init: RequestInit = { method: options.method ?? 'GET', headers, credentials: 'same-origin' };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) init.signal = options.signal;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      status: 0,
      code: 'network',
      message: error instanceof Error ? error.message : String(error),
    });
  }
  return readResponse<T>(response);
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

async function readResponse<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (response.ok) return body as T;
  const error = toApiError(response.status, body, response.headers.get('x-request-id') ?? undefined);
  if (error.status === 401 && error.code === 'unauthenticated') {
    for (const listener of unauthenticatedListeners) listener(error);
  }
  throw error;
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
