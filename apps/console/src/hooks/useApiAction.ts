import { useCallback, useState } from 'react';
import type { ApiError } from '@mufakat/client';
import { isUnauthenticated, toApiError } from '../lib/api-errors';
import { useSession } from './useSession';

export interface ApiAction {
  /** The key of the request on its way (e.g. a representative's id), or null. */
  busy: string | null;
  error: ApiError | null;
  /** Runs one request; resolves with its answer, or null when it failed (the error is kept, a 401 ends the session). */
  run: <T>(key: string, request: () => Promise<T>) => Promise<T | null>;
  clear: () => void;
}

/** One REST action of a page section (generate, add, upload, delete) with its busy state and its last error. */
export function useApiAction(): ApiAction {
  const { expire } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(
    async <T>(key: string, request: () => Promise<T>): Promise<T | null> => {
      setBusy(key);
      setError(null);
      try {
        return await request();
      } catch (caught) {
        if (isUnauthenticated(caught)) expire();
        else setError(toApiError(caught));
        return null;
      } finally {
        setBusy(null);
      }
    },
    [expire],
  );
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}
