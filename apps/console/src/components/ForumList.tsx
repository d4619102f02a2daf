import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ForumSummary } from '@mufakat/contracts';
import { formatDateTime } from '../lib/datetime';
import { StatusBadge } from './StatusBadge';

export function ForumList({ forums }: { forums: ForumSummary[] }) {
  const { t, i18n } = useTranslation();
  if (forums.length === 0) return <p className="empty">{t('forums.empty')}</p>;
  return (
    <ul className="forum-list">
      {forums.map((forum) => (
        <li key={forum.id} className="card forum-list__item">
          <h2 className="forum-list__title">
            <Link to={`/forums/${encodeURIComponent(forum.id)}`} data-testid="forum-link">
              {forum.title}
            </Link>
          </h2>
          <p className="forum-list__meta">
            <StatusBadge status={forum.status} />
            <span className="badge badge--role">{t(`roles.${forum.myRole}`)}</span>
          </p>
          <p className="muted">
            {formatDateTime(forum.startsAt, i18n.language)} · {forum.venue}
          </p>
          <p className="muted">
            {forum.serviceName} · {forum.unitName}
          </p>
        </li>
      ))}
    </ul>
  );
}
