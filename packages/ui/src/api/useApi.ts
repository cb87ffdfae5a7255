import { useCallback, useEffect, useState } from 'react';
import { apiFetch } from './apiFetch';

export type Resource<T> = {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Replaces the data with a fresher copy (e.g. the view an action returned). */
  setData: (data: T) => void;
};

/** GETs `path` (null: nothing yet) and keeps the answer; a newer request cancels an older one. */
export function useApi<T>(path: string | null): Resource<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(path !== null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    apiFetch<T>(path, { signal: controller.signal }).then(
      (value) => {
        setDataState(value);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (e instanceof DOMException && e.name === 'AbortError') return;
        setError(e);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [path, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const setData = useCallback((value: T) => {
    setDataState(value);
    setError(null);
  }, []);
  return { data, error, loading, reload, setData };
}
