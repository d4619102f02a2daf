import { useCallback, useEffect, useState } from 'react';
import { apiFetch, ApiError } from '@mufakat/client';

export type ViewState<T> = { status: 'loading' } | { status: 'found'; view: T } | { status: 'not-found' } | { status: 'failed' };

/**
 * One public JSON document: 404 means "not public or not found", and so does 400 (an id that is not one, from a
 * mistyped or cut-off link: trying again cannot help); anything else failed and may be tried again.
 */
export function usePublicView<T>(path: string): { state: ViewState<T>; retry: () => void } {
  const [state, setState] = useState<ViewState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    apiFetch<T>(path).then(
      (view) => current && setState({ status: 'found', view }),
      (error: unknown) =>
        current && setState(error instanceof ApiError && (error.status === 404 || error.status === 400) ? { status: 'not-found' } : { status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [path, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
