/**
 * The one error catalogue of the API edge: every error response is
 * `{ error: { code, message, details?, requestId } }` with its HTTP status taken from here, and its
 * message from the catalogue key 'error.<code>'.
 */
export const errorCodes = {
  validation_failed: 400,
  invalid_credentials: 401,
  unauthenticated: 401,
  forbidden: 403,
  bad_origin: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorCodes;
export type ErrorStatus = (typeof errorCodes)[ErrorCode];

export type ApiErrorBody = {
  error: { code: ErrorCode; message: string; details?: unknown; requestId: string };
};

export function errorStatus(code: ErrorCode): ErrorStatus {
  return errorCodes[code];
}

export function errorMessageKey(code: ErrorCode): `error.${ErrorCode}` {
  return `error.${code}`;
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorCodes, value);
}
