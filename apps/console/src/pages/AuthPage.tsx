import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiFetch, useDocumentTitle } from '@mufakat/client';
import { apiPaths, type LoginRequest, type SignupRequest } from '@mufakat/contracts';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { LoginForm } from '../components/LoginForm';
import { SignupForm } from '../components/SignupForm';
import { useSession } from '../hooks/useSession';
import { toApiError } from '../lib/api-errors';
import { passwordErrorFromApi } from '../lib/auth-form';

type Mode = 'login' | 'signup';

export function AuthPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [mode, setMode] = useState<Mode>('login');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const switched = useRef(false);
  useDocumentTitle(mode === 'login' ? t('auth.loginTitle') : t('auth.signupTitle'));

  useEffect(() => {
    // After switching forms, keyboard and screen-reader users start at the new form's heading.
    if (switched.current) heading.current?.focus();
  }, [mode]);

  const switchTo = (next: Mode) => {
    switched.current = true;
    setError(null);
    setMode(next);
  };

  const send = async (path: string, body: LoginRequest | SignupRequest) => {
    setBusy(true);
    setError(null);
    try {
      // The session cookie is what matters; who is signed in is then read from /me.
      await apiFetch<unknown>(path, { body });
      const session = await refresh();
      // Accepted, yet /me does not know us. After a sign-up the usual reason is an address that already has an
      // account (the api does not say so, to keep addresses private); after a login, a browser refusing cookies.
      if (session.status === 'anonymous') {
        setError(new ApiError(401, 'UNAUTHENTICATED', path === apiPaths.signup ? t('auth.signupNoSession') : t('auth.sessionNotKept')));
      }
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const loginFailed = mode === 'login' && error?.status === 401;
  // A password the api refused is explained at the field, in the reader's language.
  const passwordRefused = mode === 'signup' && passwordErrorFromApi(error, 'password') !== undefined;
  return (
    <section className="page page--narrow auth">
      <p className="auth__intro">{t('auth.intro')}</p>
      <h1 ref={heading} tabIndex={-1}>
        {mode === 'login' ? t('auth.loginTitle') : t('auth.signupTitle')}
      </h1>
      <ApiErrorAlert
        error={passwordRefused && error ? new ApiError(error.status, error.code, t('validation.checkFields')) : error}
        testId="auth-error"
        title={loginFailed ? t('auth.invalidCredentials') : undefined}
      />
      {mode === 'login' ? (
        <LoginForm busy={busy} onSubmit={(request) => void send(apiPaths.login, request)} />
      ) : (
        <SignupForm busy={busy} error={error} onSubmit={(request) => void send(apiPaths.signup, request)} />
      )}
      <p className="auth__switch">
        {mode === 'login' ? t('auth.noAccount') : t('auth.haveAccount')}{' '}
        {mode === 'login' ? (
          <button type="button" className="link-button" data-testid="show-signup" onClick={() => switchTo('signup')}>
            {t('auth.showSignup')}
          </button>
        ) : (
          <button type="button" className="link-button" data-testid="show-login" onClick={() => switchTo('login')}>
            {t('auth.showLogin')}
          </button>
        )}
      </p>
    </section>
  );
}
