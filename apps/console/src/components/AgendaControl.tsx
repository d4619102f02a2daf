import { useTranslation } from 'react-i18next';
import type { AgendaItemView } from '@mufakat/contracts';

interface AgendaControlProps {
  /** In planned order. */
  agenda: AgendaItemView[];
  currentId: string | null;
  /** Where "Next item" goes; undefined once the last item is current. */
  nextId: string | undefined;
  busy: boolean;
  onSetCurrent: (agendaItemId: string) => void;
}

export function AgendaControl({ agenda, currentId, nextId, busy, onSetCurrent }: AgendaControlProps) {
  const { t } = useTranslation();
  const current = agenda.find((item) => item.id === currentId);
  return (
    <>
      <p className="current-agenda">
        <span className="current-agenda__label">{t('live.currentItem')}</span>
        <strong data-testid="current-agenda-title" className="current-agenda__title">
          {current ? current.title : t('live.noCurrentItem')}
        </strong>
      </p>
      <button
        type="button"
        className="button button--primary button--large"
        data-testid="agenda-next"
        disabled={busy || nextId === undefined}
        onClick={() => nextId && onSetCurrent(nextId)}
      >
        {currentId ? t('live.nextItem') : t('live.startAgenda')}
      </button>
      {nextId === undefined && agenda.length > 0 && <p className="muted">{t('live.lastItem')}</p>}
      <ol className="agenda-control">
        {agenda.map((item) => {
          const isCurrent = item.id === currentId;
          return (
            <li
              key={item.id}
              className={isCurrent ? 'agenda-control__item agenda-control__item--current' : 'agenda-control__item'}
              aria-current={isCurrent ? 'step' : undefined}
              data-testid="agenda-item"
            >
              <span className="agenda-control__title">
                {item.title}
                <span className="muted"> · {t('forum.minutes', { count: item.plannedMinutes })}</span>
              </span>
              {isCurrent ? (
                <span className="badge badge--current">{t('live.current')}</span>
              ) : (
                <button
                  type="button"
                  className="button"
                  data-testid="agenda-make-current"
                  disabled={busy}
                  onClick={() => onSetCurrent(item.id)}
                >
                  {t('live.makeCurrent')}
                  <span className="visually-hidden">: {item.title}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
