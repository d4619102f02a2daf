import { useEffect, useRef, type MouseEvent } from 'react';
import { webPaths } from '@mufakat/contracts';
import { LanguageSwitch } from './components/LanguageSwitch';
import { LazyPage } from './components/LazyPage';
import { setLanguage } from './i18n/language';
import { useTranslation } from './i18n/useTranslation';
import { usePathname } from './hooks/usePathname';
import { navigate } from './lib/navigation';
import { matchRoute } from './lib/routes';
import { HomePage } from './pages/HomePage';
import { JoinPage } from './pages/JoinPage';

// The public pages (a document version, checking a file, the follow-up of commitments) are their own chunks, fetched when opened.
const loadVersionPage = () => import('./pages/public/VersionPage').then((m) => m.VersionPage);
const loadVerifyPage = () => import('./pages/public/VerifyPage').then((m) => m.VerifyPage);
const loadOrganisationsPage = () => import('./pages/public/follow-up/OrganisationsPage').then((m) => m.OrganisationsPage);
const loadOrganisationPage = () => import('./pages/public/follow-up/OrganisationFollowUpPage').then((m) => m.OrganisationFollowUpPage);
const loadUnitPage = () => import('./pages/public/follow-up/UnitFollowUpPage').then((m) => m.UnitFollowUpPage);
const loadForumPage = () => import('./pages/public/follow-up/ForumFollowUpPage').then((m) => m.ForumFollowUpPage);
const followUpPages = { organisation: loadOrganisationPage, unit: loadUnitPage, forum: loadForumPage };

export function App() {
  const { t, language } = useTranslation();
  const pathname = usePathname();
  const route = matchRoute(pathname);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After an in-app navigation, screen readers would otherwise stay on the button that was pressed.
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else main.current?.focus();
  }, [pathname]);

  // Links and QR codes may carry the code in lower case; show the canonical address.
  const canonical = route.name === 'join' ? webPaths.join(route.code) : route.name === 'version' ? webPaths.publicVersion(route.code) : null;
  useEffect(() => {
    if (canonical && canonical !== pathname) navigate(canonical, { replace: true });
  }, [canonical, pathname]);

  const goHome = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate('/');
  };

  return (
    <>
      <header className="bar">
        <a href="/" className="brand" aria-label={t('app.home')} onClick={goHome}>
          Mufakat
        </a>
        <LanguageSwitch language={language} onChange={(chosen) => void setLanguage(chosen)} />
      </header>
      <main ref={main} tabIndex={-1}>
        {route.name === 'join' ? (
          <JoinPage key={route.code} code={route.code} />
        ) : route.name === 'version' ? (
          <LazyPage key={route.code} load={loadVersionPage} props={{ code: route.code }} />
        ) : route.name === 'verify' ? (
          <LazyPage load={loadVerifyPage} props={{}} />
        ) : route.name === 'organisations' ? (
          <LazyPage load={loadOrganisationsPage} props={{}} />
        ) : route.name === 'organisation' || route.name === 'unit' || route.name === 'forum' ? (
          <LazyPage key={`${route.name}:${route.id}`} load={followUpPages[route.name]} props={{ id: route.id }} />
        ) : (
          <HomePage />
        )}
      </main>
    </>
  );
}
