import { useTranslation } from 'react-i18next';
import type { ForumDetail } from '@mufakat/contracts';
import { sortAgenda } from '../lib/agenda';
import { formatDateTime } from '../lib/datetime';

export function ForumDetails({ forum }: { forum: ForumDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <section className="card" aria-labelledby="forum-details-heading">
        <h2 id="forum-details-heading">{t('forum.details')}</h2>
        <dl className="details">
          <dt>{t('forumForm.fields.theme')}</dt>
          <dd>{forum.theme}</dd>
          <dt>{t('forumForm.fields.serviceName')}</dt>
          <dd>{forum.serviceName}</dd>
          <dt>{t('forumForm.fields.unitName')}</dt>
          <dd>{forum.unitName}</dd>
          <dt>{t('forumForm.fields.venue')}</dt>
          <dd>{forum.venue}</dd>
          <dt>{t('forumForm.fields.startsAt')}</dt>
          <dd>
            <time dateTime={forum.startsAt}>{formatDateTime(forum.startsAt, i18n.language)}</time>
          </dd>
          <dt>{t('forumForm.fields.streamUrl')}</dt>
          <dd>{forum.streamUrl ? <a href={forum.streamUrl}>{forum.streamUrl}</a> : t('forum.noStream')}</dd>
          <dt>{t('forumForm.questions')}</dt>
          <dd data-testid="forum-question-settings">
            {forum.preModeration ? t('forum.preModerationOn') : t('forum.preModerationOff')}
            {forum.fullyAnonymous && <> · {t('forum.fullyAnonymous')}</>}
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="forum-agenda-heading">
        <h2 id="forum-agenda-heading">{t('forum.agenda')}</h2>
        <ol className="agenda-list">
          {sortAgenda(forum.agenda).map((item) => (
            <li key={item.id}>
              <span>{item.title}</span>
              <span className="muted"> · {t('forum.minutes', { count: item.plannedMinutes })}</span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
