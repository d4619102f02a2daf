import { useDocumentTitle } from '@mufakat/client';
import { webPaths } from '@mufakat/contracts';
import { JoinCodeForm } from '../components/JoinCodeForm';
import { useTranslation } from '../i18n/useTranslation';
import { navigate } from '../lib/navigation';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <JoinCodeForm onJoin={(code) => navigate(webPaths.join(code))} />
      <p className="aside">
        {/* The console is another app: a full page load, not an in-app navigation. */}
        <a href={webPaths.console}>{t('home.console')}</a>
      </p>
    </>
  );
}
