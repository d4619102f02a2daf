import type { MouseEvent } from 'react';
import { useDocumentTitle } from '@mufakat/client';
import { Message } from '../components/Message';
import { useJoinInfo } from '../hooks/useJoinInfo';
import { useTranslation } from '../i18n/useTranslation';
import { errorMessage } from '../lib/error-message';
import { navigate } from '../lib/navigation';
import { ForumEntry } from './ForumEntry';

function BackLink() {
  const { t } = useTranslation();
  const goHome = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate('/');
  };
  return (
    <p>
      <a href="/" className="button" onClick={goHome}>
        {t('join.back')}
      </a>
    </p>
  );
}

export function JoinPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const join = useJoinInfo(code);
  const title =
    join.status === 'found'
      ? join.info.title
      : join.status === 'not-found'
        ? t('join.notFoundTitle')
        : join.status === 'failed'
          ? t('join.failedTitle')
          : t('join.loadingTitle', { code });
  useDocumentTitle(title);

  switch (join.status) {
    case 'found':
      return <ForumEntry key={join.info.forumId} info={join.info} />;
    case 'not-found':
      return (
        <Message title={title} testId="forum-not-found">
          <p>{t('join.notFound', { code })}</p>
          <BackLink />
        </Message>
      );
    case 'failed':
      return (
        <Message title={title}>
          <p className="error" role="alert">
            {errorMessage(join.error, t)}
          </p>
          <button type="button" className="primary" onClick={join.retry}>
            {t('join.retry')}
          </button>
          <BackLink />
        </Message>
      );
    default:
      return (
        <Message title={title}>
          <p role="status">{t('app.loading')}</p>
        </Message>
      );
  }
}
