import { isDatabaseUnavailable } from '@talent/db';
import {
  type ErrorCode,
  errorCodes,
  type LocalizedIssue,
  localizeIssues,
  type MessageParams,
} from '@talent/domain';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { AppEnv } from './context.js';
import { localeFromHeader } from './locale.js';
import { message } from './messages.js';

// TODO(domain): 'unavailable' (503, the database is down) belongs in the domain's errorCodes, and so
// does 'unprocessable' (422: a file understood but refused as a whole, details carrying its report).
export const apiErrorCodes = { ...errorCodes, unavailable: 503, unprocessable: 422 } as const;
export type ApiErrorCode = ErrorCode | 'unavailable' | 'unprocessable';

export type FieldError = LocalizedIssue;

/**
 * The one error a service or a middleware throws. The edge turns it into
 * `{ error: { code, message, details?, requestId } }` with the status from `apiErrorCodes`.
 * `messageKey` picks a more precise catalogue message than the code's own one.
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly messageKey: string | undefined;
  readonly messageParams: MessageParams | undefined;
  readonly details: unknown;
  readonly headers: Record<string, string> | undefined;
  /** Field errors whose message still needs the caller's locale: [path, catalogue key]. */
  readonly fieldKeys: ReadonlyArray<readonly [string, string]> | undefined;

  constructor(
    code: ApiErrorCode,
    options: {
      messageKey?: string;
      messageParams?: MessageParams;
      details?: unknown;
      headers?: Record<string, string>;
      fieldKeys?: ReadonlyArray<readonly [string, string]>;
    } = {},
  ) {
    // An expected outcome, not a bug: skip capturing a stack trace (it is most of the cost of a 401/404).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(code);
    Error.stackTraceLimit = limit;
    this.name = 'ApiError';
    this.code = code;
    this.messageKey = options.messageKey;
    this.messageParams = options.messageParams;
    this.details = options.details;
    this.headers = options.headers;
    this.fieldKeys = options.fieldKeys;
  }

  get status(): ContentfulStatusCode {
    return apiErrorCodes[this.code];
  }
}

export const unauthenticated = () => new ApiError('unauthenticated');
export const forbidden = () => new ApiError('forbidden');
export const notFound = (messageKey?: string) => new ApiError('not_found', messageKey ? { messageKey } : {});
export const conflict = (messageKey: string) => new ApiError('conflict', { messageKey });
/**
 * The optimistic lock of every versioned record: a form sent with an older version is a 409 whose
 * details say where the record stands now (`current`: its version, and its state where it has one),
 * so the page can reload and say why.
 */
export function assertCurrentVersion<C extends { version: number }>(
  current: C,
  version: number,
  messageKey = 'error.conflict.stale',
): void {
  if (current.version !== version) throw new ApiError('conflict', { messageKey, details: current });
}
/** A 400 with one field error whose message is a catalogue key, localized at the edge. */
export const fieldError = (path: string, key: string) =>
  new ApiError('validation_failed', { fieldKeys: [[path, key]] });

export type ErrorBody = {
  error: { code: ApiErrorCode; message: string; details?: unknown; requestId: string };
};

export function errorBody(
  c: Context<AppEnv>,
  code: ApiErrorCode,
  messageKey?: string,
  details?: unknown,
  messageParams?: MessageParams,
): ErrorBody {
  const locale = localeFromHeader(c.req.header('accept-language'));
  const error: ErrorBody['error'] = {
    code,
    message: message(locale, messageKey ?? `error.${code}`, messageParams),
    requestId: c.get('requestId') ?? '',
  };
  if (details !== undefined) error.details = details;
  return { error };
}

export function errorResponse(c: Context<AppEnv>, err: ApiError): Response {
  let details = err.details;
  if (err.fieldKeys) {
    const locale = localeFromHeader(c.req.header('accept-language'));
    details = {
      fields: err.fieldKeys.map(([path, key]) => ({ path, code: key, message: message(locale, key) })),
    };
  }
  const res = c.json(errorBody(c, err.code, err.messageKey, details, err.messageParams), err.status);
  if (err.headers) for (const [k, v] of Object.entries(err.headers)) res.headers.set(k, v);
  return res;
}

/** zod issues → 400 validation_failed with `details.fields`, in the caller's language. */
export function validationError(c: Context<AppEnv>, issues: readonly z.core.$ZodIssue[]): ApiError {
  const locale = localeFromHeader(c.req.header('accept-language'));
  return new ApiError('validation_failed', { details: { fields: localizeIssues(issues, locale) } });
}

const httpStatusCodes: Partial<Record<number, ApiErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** The app's onError: every failure leaves in the one shape; an unexpected one says nothing about itself. */
export function handleError(err: unknown, c: Context<AppEnv>): Response {
  if (err instanceof ApiError) return errorResponse(c, err);
  if (err instanceof HTTPException) {
    const code = httpStatusCodes[err.status] ?? (err.status >= 500 ? 'internal' : 'validation_failed');
    const messageKey =
      err.status === 400 && /json/i.test(err.message) ? 'error.validation_failed.malformedJson' : undefined;
    return errorResponse(c, new ApiError(code, messageKey ? { messageKey } : {}));
  }
  // A restart or an outage of the database is nobody's fault and passes: try again later.
  if (isDatabaseUnavailable(err)) return errorResponse(c, new ApiError('unavailable'));
  // A value PostgreSQL cannot store (class 22: data exception, e.g. a NUL character) is the caller's fault.
  const sqlState = sqlStateOf(err);
  if (sqlState?.startsWith('22')) return errorResponse(c, new ApiError('validation_failed'));
  logUnexpected(c.get('requestId'), err);
  return errorResponse(c, new ApiError('internal'));
}

export function handleNotFound(c: Context<AppEnv>): Response {
  return errorResponse(c, notFound());
}

export function sqlStateOf(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** The constraint a unique violation (23505) hit, or undefined for any other error. */
export function uniqueViolation(err: unknown): string | undefined {
  if (sqlStateOf(err) !== '23505') return undefined;
  const constraint = (err as { constraint?: unknown }).constraint;
  return typeof constraint === 'string' ? constraint : '';
}

/**
 * Logs an unexpected error without its message: database errors quote the offending values
 * ("Key (login)=(138…) already exists"), which may be personal data. The stack frames stay.
 */
function logUnexpected(requestId: string | undefined, err: unknown): void {
  const name = err instanceof Error ? err.name : typeof err;
  const sqlState = sqlStateOf(err);
  const frames = err instanceof Error && err.stack ? err.stack.split('\n').slice(1, 8).join('\n') : '';
  console.error(
    `unexpected error ${name}${sqlState ? ` sqlstate=${sqlState}` : ''} request=${requestId}\n${frames}`,
  );
}
