import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, jsonResponse } from '../test/utils';
import { isApiError } from './apiFetch';
import { useApi } from './useApi';

afterEach(() => vi.unstubAllGlobals());

describe('useApi', () => {
  it('loads, reloads on request, and takes a fresher copy from an action', async () => {
    let n = 0;
    const fetchMock = vi.fn(async () => jsonResponse(200, { n: ++n }));
    vi.stubGlobal('fetch', fetchMock);
    const { result } = renderHook(() => useApi<{ n: number }>('/api/x'));
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.data).toEqual({ n: 1 }));
    expect(result.current.loading).toBe(false);
    act(() => result.current.reload());
    await waitFor(() => expect(result.current.data).toEqual({ n: 2 }));
    act(() => result.current.setData({ n: 9 }));
    expect(result.current.data).toEqual({ n: 9 });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('keeps the error of a failed load, and asks nothing while the path is null', async () => {
    const fetchMock = vi.fn(async () => apiError(404, 'not_found'));
    vi.stubGlobal('fetch', fetchMock);
    const idle = renderHook(() => useApi<unknown>(null));
    expect(idle.result.current.loading).toBe(false);
    expect(fetchMock).not.toHaveBeenCalled();
    const { result } = renderHook(() => useApi('/api/missing'));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(isApiError(result.current.error) && result.current.error.code).toBe('not_found');
    expect(result.current.data).toBeUndefined();
  });
});
