import { createContext } from 'react';
import type { StaffUserView } from '@mufakat/contracts';

export type SessionState =
  { status: 'loading' } | { status: 'anonymous' } | { status: 'authenticated'; user: StaffUserView } | { status: 'error'; message: string };

export interface SessionValue {
  state: SessionState;
  /** Asks the api who is signed in (after login, sign-up, or to retry); resolves with the new state. */
  refresh: () => Promise<SessionState>;
  /** The api said 401: the session is gone, show the login form. */
  expire: () => void;
}

export const SessionContext = createContext<SessionValue | null>(null);
