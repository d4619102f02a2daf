import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffUserView } from '@mufakat/contracts';
import { LanguageSwitch } from './LanguageSwitch';

interface AppHeaderProps {
  user: StaffUserView | null;
  onLogout: () => void;
  loggingOut: boolean;
}

export function AppHeader({ user, onLogout, loggingOut }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="app-header__inner">
        <Link to="/" className="brand">
          {t('app.name')}
          <span className="brand__tagline">{t('app.tagline')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="app-nav">
          {user && <Link to="/">{t('nav.myForums')}</Link>}
          {user && (
            <Link to="/follow-ups" data-testid="follow-ups-link">
              {t('nav.followUps')}
            </Link>
          )}
          {user && (
            <Link to="/members" data-testid="members-link">
              {t('nav.members')}
            </Link>
          )}
          {user && (
            <Link to="/account" data-testid="account-link">
              {t('nav.account')}
            </Link>
          )}
        </nav>
        <div className="app-header__tools">
          <LanguageSwitch />
          {user && (
            <>
              <span className="app-header__user">{t('auth.signedInAs', { name: user.name })}</span>
              <button type="button" className="button button--quiet" data-testid="logout" onClick={onLogout} disabled={loggingOut}>
                {t('auth.logout')}
              </button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
