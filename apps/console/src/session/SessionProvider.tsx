import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiFetch } from '@mufakat/client';
import { apiPaths, type StaffUserView } from '@mufakat/contracts';
import { isUnauthenticated, toApiError } from '../lib/api-errors';
import { SessionContext, type SessionState, type SessionValue } from './session-context';

async function loadSession(): Promise<SessionState> {
  try {
    const user = await apiFetch<StaffUserView>(apiPaths.me);
    return { status: 'authenticated', user };
  } catch (error) {
    if (isUnauthenticated(error)) return { status: 'anonymous' };
    return { status: 'error', message: toApiError(error).message };
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    void loadSession().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, []);

  const refresh = useCallback(async () => {
    const next = await loadSession();
    setState(next);
    return next;
  }, []);
  const expire = useCallback(() => setState({ status: 'anonymous' }), []);
  const value = useMemo<SessionValue>(() => ({ state, refresh, expire }), [state, refresh, expire]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
