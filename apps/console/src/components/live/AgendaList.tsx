import { useTranslation } from 'react-i18next';
import type { AgendaItemView } from '@mufakat/contracts';
import { formatTime } from '../../lib/datetime';
import type { MoveDirection } from '../../lib/reorder';

interface AgendaListProps {
  /** In planned order. */
  agenda: AgendaItemView[];
  currentId: string | null;
  busy: boolean;
  onStart: (agendaItemId: string) => void;
  onEnd: (agendaItemId: string) => void;
  onMove: (agendaItemId: string, direction: MoveDirection) => void;
}

export function AgendaList({ agenda, currentId, busy, onStart, onEnd, onMove }: AgendaListProps) {
  const { t, i18n } = useTranslation();
  if (agenda.length === 0) return <p className="empty">{t('agenda.empty')}</p>;
  return (
    <ol className="agenda-control">
      {agenda.map((item, index) => {
        const isCurrent = item.id === currentId;
        const titleId = `agenda-item-${item.id}`;
        const classes = ['agenda-control__item', `agenda-control__item--${item.status}`, isCurrent ? 'agenda-control__item--current' : ''];
        return (
          <li
            key={item.id}
            className={classes.filter(Boolean).join(' ')}
            aria-current={isCurrent ? 'step' : undefined}
            data-testid="agenda-item"
            data-status={item.status}
            data-agenda-id={item.id}
          >
            <div className="agenda-control__info">
              <span className="agenda-control__number" aria-hidden="true">
                {index + 1}
              </span>
              <div>
                <p id={titleId} className="agenda-control__title">
                  {item.title}
                </p>
                <p className="agenda-control__meta">
                  <span className={`badge badge--agenda-${item.status}`}>{t(`agendaStatus.${item.status}`)}</span>
                  {t('forum.minutes', { count: item.plannedMinutes })}
                  {item.startedAt && (
                    <>
                      {' · '}
                      {t('agenda.startedAt', { time: formatTime(item.startedAt, i18n.language) })}
                    </>
                  )}
                  {item.endedAt && item.status === 'done' && (
                    <>
                      {' · '}
                      {t('agenda.endedAt', { time: formatTime(item.endedAt, i18n.language) })}
                    </>
                  )}
                </p>
              </div>
            </div>
            <div className="agenda-control__actions">
              <button
                type="button"
                className="button button--primary"
                data-testid="agenda-start"
                aria-describedby={titleId}
                disabled={busy || item.status === 'running'}
                onClick={() => onStart(item.id)}
              >
                {item.status === 'done' ? t('agenda.restart') : t('agenda.start')}
              </button>
              <button
                type="button"
                className="button"
                data-testid="agenda-end"
                aria-describedby={titleId}
                disabled={busy || item.status !== 'running'}
                onClick={() => onEnd(item.id)}
              >
                {t('agenda.end')}
              </button>
              <button
                type="button"
                className="button button--quiet button--icon"
                data-testid="agenda-move-up"
                aria-label={t('agenda.moveUp', { title: item.title })}
                disabled={busy || index === 0}
                onClick={() => onMove(item.id, 'up')}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className="button button--quiet button--icon"
                data-testid="agenda-move-down"
                aria-label={t('agenda.moveDown', { title: item.title })}
                disabled={busy || index === agenda.length - 1}
                onClick={() => onMove(item.id, 'down')}
              >
                <span aria-hidden="true">↓</span>
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
