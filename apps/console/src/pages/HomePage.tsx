import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@mufakat/client';
import { apiPaths, type ForumSummary } from '@mufakat/contracts';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { ForumList } from '../components/ForumList';
import { useApiResource } from '../hooks/useApiResource';

export function HomePage() {
  const { t } = useTranslation();
  const forums = useApiResource<ForumSummary[]>(apiPaths.forums);
  useDocumentTitle(t('forums.title'));
  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('forums.title')}</h1>
        <Link to="/forums/new" className="button button--primary button--large" data-testid="new-forum">
          {t('forums.new')}
        </Link>
      </div>
      {forums.loading && !forums.data && <p role="status">{t('app.loading')}</p>}
      {forums.error && (
        <>
          <ApiErrorAlert error={forums.error} />
          <button type="button" className="button" onClick={forums.reload}>
            {t('app.retry')}
          </button>
        </>
      )}
      {forums.data && <ForumList forums={forums.data} />}
    </section>
  );
}
