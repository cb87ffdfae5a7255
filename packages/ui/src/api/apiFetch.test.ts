import { describe, expect, it, vi } from 'vitest';
import { apiError, jsonResponse } from '../test/utils';
import { ApiError, apiFetch } from './apiFetch';

describe('apiFetch', () => {
  it('sends JSON with the page language and returns the body', async () => {
    document.documentElement.lang = 'en';
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) =>
      jsonResponse(201, { user: { id: '1' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const result = await apiFetch<{ user: { id: string } }>('/api/x', {
      method: 'POST',
      body: { a: 1 },
      query: { page: 2, q: '', sort: undefined },
    });
    expect(result.user.id).toBe('1');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/x?page=2');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"a":1}');
    const headers = new Headers(init?.headers);
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('Accept-Language')).toBe('en');
  });

  it('turns the error body into an ApiError with fields and requestId', async () => {
    vi.stubGlobal('fetch', async () =>
      apiError(400, 'validation_failed', {
        fields: [{ path: 'mobile', code: 'validation.mobile.invalid', message: 'm' }],
      }),
    );
    const error = await apiFetch('/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiErr = error as ApiError;
    expect(apiErr.status).toBe(400);
    expect(apiErr.code).toBe('validation_failed');
    expect(apiErr.requestId).toBe('req-test-1');
    expect(apiErr.fields).toEqual([{ path: 'mobile', code: 'validation.mobile.invalid', message: 'm' }]);
  });

  it('reads the retry time of a 429', async () => {
    vi.stubGlobal('fetch', async () => apiError(429, 'rate_limited', { retryAfterSeconds: 12.2 }));
    const error = (await apiFetch('/api/x').catch((e: unknown) => e)) as ApiError;
    expect(error.retryAfterSeconds).toBe(13);
  });

  it('reports a network failure and a non-JSON error page with their own codes', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(((await apiFetch('/api/x').catch((e: unknown) => e)) as ApiError).code).toBe('network');
    vi.stubGlobal('fetch', async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = (await apiFetch('/api/x').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('unexpected');
    expect(error.status).toBe(502);
  });

  it('returns undefined for 204', async () => {
    vi.stubGlobal('fetch', async () => new Response(null, { status: 204 }));
    expect(await apiFetch('/api/auth/sign-out', { method: 'POST' })).toBeUndefined();
  });
});
