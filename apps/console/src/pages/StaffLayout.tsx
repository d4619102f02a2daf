import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { apiFetch, type ApiError } from '@mufakat/client';
import { apiPaths } from '@mufakat/contracts';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { AppHeader } from '../components/AppHeader';
import { LoadingState } from '../components/LoadingState';
import { useSession } from '../hooks/useSession';
import { isUnauthenticated, toApiError } from '../lib/api-errors';
import { SessionProvider } from '../session/SessionProvider';
import { AuthPage } from './AuthPage';

/** Every staff route: header, and the login form in place of the page until someone is signed in. */
export function StaffLayout() {
  return (
    <SessionProvider>
      <StaffShell />
    </SessionProvider>
  );
}

function StaffShell() {
  const { t } = useTranslation();
  const { state, refresh, expire } = useSession();
  const navigate = useNavigate();
  const [loggingOut, setLoggingOut] = useState(false);
  const [logoutError, setLogoutError] = useState<ApiError | null>(null);

  const logout = async () => {
    setLoggingOut(true);
    setLogoutError(null);
    try {
      await apiFetch<unknown>(apiPaths.logout, { method: 'POST' });
      expire();
      void navigate('/');
    } catch (error) {
      if (isUnauthenticated(error)) {
        expire();
        void navigate('/');
      } else {
        setLogoutError(toApiError(error));
      }
    } finally {
      setLoggingOut(false);
    }
  };

  return (
    <>
      <AppHeader user={state.status === 'authenticated' ? state.user : null} onLogout={() => void logout()} loggingOut={loggingOut} />
      <main id="main" tabIndex={-1} className="app-main">
        <ApiErrorAlert error={logoutError} />
        {state.status === 'loading' && <LoadingState />}
        {state.status === 'anonymous' && <AuthPage />}
        {state.status === 'error' && (
          <section className="page">
            <h1>{t('session.errorTitle')}</h1>
            <div role="alert" className="alert alert--error">
              <p>{t('session.errorBody')}</p>
              <p className="muted">{state.message}</p>
            </div>
            <button type="button" className="button button--primary" onClick={() => void refresh()}>
              {t('app.retry')}
            </button>
          </section>
        )}
        {state.status === 'authenticated' && <Outlet />}
      </main>
    </>
  );
}
