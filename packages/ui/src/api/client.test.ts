import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, jsonResponse } from '../test/utils';
import { ApiError, onUnauthenticated } from './apiFetch';
import { api, call } from './client';

afterEach(() => vi.unstubAllGlobals());

describe('the typed client', () => {
  it('fills the path, query and body from the route and returns the 2xx body', async () => {
    document.documentElement.lang = 'zh-CN';
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => jsonResponse(200, { marked: 3 }));
    vi.stubGlobal('fetch', fetchMock);
    const result = await call(api.notifications['read-all'].$post());
    expect(result.marked).toBe(3);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/notifications/read-all');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('Accept-Language')).toBe('zh-CN');

    await call(api.notifications.$get({ query: { pageSize: '5' } })).catch(() => undefined);
    expect(fetchMock.mock.calls[1]?.[0]).toBe('/api/notifications?pageSize=5');
    // a blank filter is no filter
    await call(api.audit.$get({ query: { action: '', page: '2' } })).catch(() => undefined);
    expect(fetchMock.mock.calls[2]?.[0]).toBe('/api/audit?page=2');
  });

  it('throws the API’s error as an ApiError and tells the auth context of a lost session', async () => {
    vi.stubGlobal('fetch', async () => apiError(401, 'unauthenticated'));
    const lost = vi.fn();
    const stop = onUnauthenticated(lost);
    const error = await call(api.me.$get()).catch((e: unknown) => e);
    stop();
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('unauthenticated');
    expect((error as ApiError).requestId).toBe('req-test-1');
    expect(lost).toHaveBeenCalledTimes(1);
  });

  it('turns a failed connection into code network', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await call(api.me.$get()).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe('network');
  });
});
