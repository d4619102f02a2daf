import { useCallback, useEffect, useState } from 'react';
import { apiFetch, ApiError } from '@mufakat/client';
import { apiPaths, type JoinInfo } from '@mufakat/contracts';
import { toApiError } from '../lib/error-message';

export type JoinInfoState = { status: 'loading' } | { status: 'found'; info: JoinInfo } | { status: 'not-found' } | { status: 'failed'; error: ApiError };

export function useJoinInfo(code: string): JoinInfoState & { retry: () => void } {
  const [state, setState] = useState<JoinInfoState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    apiFetch<JoinInfo>(apiPaths.joinInfo(code)).then(
      (info) => current && setState({ status: 'found', info }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof ApiError && (error.code === 'NOT_FOUND' || error.status === 404)) setState({ status: 'not-found' });
        else setState({ status: 'failed', error: toApiError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [code, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
