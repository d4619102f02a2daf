import { useTranslation } from 'react-i18next';
import type { NotificationsView } from '@mufakat/contracts';
import { formatCalendarDate, formatDateTime } from '../../lib/datetime';

interface NotificationsPanelProps {
  notifications: NotificationsView;
  busy: boolean;
  onMarkRead: () => void;
}

/** The staff member's reminders: actions of their units due soon or overdue, newest first, unread ones counted. */
export function NotificationsPanel({ notifications, busy, onMarkRead }: NotificationsPanelProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="notifications-heading" data-testid="notifications">
      <h2 id="notifications-heading">
        {t('followUps.notifications.heading')}{' '}
        {notifications.unread > 0 && (
          <span className="badge badge--danger" data-testid="notifications-unread">
            {t('followUps.notifications.unread', { count: notifications.unread })}
          </span>
        )}
      </h2>
      {notifications.items.length === 0 ? (
        <p className="empty">{t('followUps.notifications.none')}</p>
      ) : (
        <>
          <ul className="follow-up__notifications">
            {notifications.items.map((item) => (
              <li key={item.id} data-testid="notification" className={item.read ? 'muted' : undefined}>
                <strong>{t(`followUps.notifications.${item.kind}`)}</strong>: {item.action.action} ·{' '}
                {item.action.deadline ? formatCalendarDate(item.action.deadline, i18n.language) : t('followUps.noDeadline')} · {item.action.unitName} ·{' '}
                {formatDateTime(item.createdAt, i18n.language)}
              </li>
            ))}
          </ul>
          {notifications.unread > 0 && (
            <button type="button" className="button button--quiet" data-testid="notifications-read" disabled={busy} onClick={onMarkRead}>
              {t('followUps.notifications.markRead')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
