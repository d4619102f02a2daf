import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch, useDocumentTitle, type ApiError } from '@mufakat/client';
import { apiPaths, type ChangePasswordRequest } from '@mufakat/contracts';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { useSession } from '../hooks/useSession';
import { isUnauthenticated, toApiError } from '../lib/api-errors';

/** The signed-in staff member's own account: who they are, and their password. */
export function AccountPage() {
  const { t } = useTranslation();
  const { state, expire } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useDocumentTitle(t('account.title'));

  const changePassword = async (request: ChangePasswordRequest): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setAnnouncement('');
    try {
      await apiFetch<unknown>(apiPaths.password, { body: request });
      setAnnouncement(t('account.changed'));
      return true;
    } catch (caught) {
      if (isUnauthenticated(caught)) expire();
      else setError(toApiError(caught));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const user = state.status === 'authenticated' ? state.user : null;
  return (
    <section className="page page--narrow">
      <h1>{t('account.title')}</h1>
      {user && (
        <dl className="account__who">
          <dt>{t('auth.name')}</dt>
          <dd>{user.name}</dd>
          <dt>{t('auth.email')}</dt>
          <dd>{user.email}</dd>
        </dl>
      )}
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.passwordHeading')}</h2>
        <p className="field__hint">{t('account.passwordExplain')}</p>
        <p role="status" className="announcement" data-testid="change-password-done">
          {announcement}
        </p>
        <ChangePasswordForm busy={busy} error={error} onSubmit={changePassword} />
      </section>
    </section>
  );
}
