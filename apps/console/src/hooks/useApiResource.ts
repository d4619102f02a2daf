import { useCallback, useEffect, useState } from 'react';
import { apiFetch, type ApiError } from '@mufakat/client';
import { isUnauthenticated, toApiError } from '../lib/api-errors';
import { useSession } from './useSession';

export interface ApiResource<T> {
  /** The last good answer; kept while reloading so the page does not flash. */
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/** GETs one api path; a 401 ends the session instead of showing an error. */
export function useApiResource<T>(path: string): ApiResource<T> {
  const { expire } = useSession();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ path: string; data: T | null; error: ApiError | null; loading: boolean }>({
    path,
    data: null,
    error: null,
    loading: true,
  });

  useEffect(() => {
    let current = true;
    setState((previous) => ({
      path,
      data: previous.path === path ? previous.data : null,
      error: null,
      loading: true,
    }));
    apiFetch<T>(path).then(
      (data) => {
        if (current) setState({ path, data, error: null, loading: false });
      },
      (error: unknown) => {
        if (!current) return;
        if (isUnauthenticated(error)) expire();
        else setState((previous) => ({ ...previous, error: toApiError(error), loading: false }));
      },
    );
    return () => {
      current = false;
    };
  }, [path, version, expire]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const stale = state.path !== path;
  return {
    data: stale ? null : state.data,
    error: stale ? null : state.error,
    loading: stale || state.loading,
    reload,
  };
}
