import { describe, expect, it } from 'vitest';
import { type ApiErrorBody, errorCodes, errorMessageKey, errorStatus, isErrorCode } from './errors';

describe('API error catalogue', () => {
  it('maps each code to its status and message key', () => {
    expect(errorStatus('conflict')).toBe(409);
    expect(errorStatus('rate_limited')).toBe(429);
    expect(errorMessageKey('bad_origin')).toBe('error.bad_origin');
    expect(isErrorCode('forbidden')).toBe(true);
    expect(isErrorCode('teapot')).toBe(false);
    expect(Object.keys(errorCodes)).toHaveLength(11);
    const body: ApiErrorBody = { error: { code: 'not_found', message: 'x', requestId: 'r1' } };
    expect(body.error.code).toBe('not_found');
  });
});
