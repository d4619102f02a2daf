import { useTranslation } from 'react-i18next';
import type { AgendaItemView, AttendanceCounts } from '@mufakat/contracts';
import { plannedSeconds } from '../../lib/agenda';
import { AttendanceSummary } from './AttendanceSummary';
import { ReadOnlyNote } from './ReadOnlyNote';
import { TimerDisplay } from './TimerDisplay';

interface NowBarProps {
  current: AgendaItemView | undefined;
  /** The item "Next item" starts; undefined after the last one. */
  next: AgendaItemView | undefined;
  busy: boolean;
  /** The viewer's role may run the agenda; otherwise the way forward is shown without a button. */
  canRun: boolean;
  attendance: AttendanceCounts;
  clockOffsetMs: number;
  onNext: () => void;
}

/** Always in view whatever the tab: the current item and its timer, the way forward, and who is here. */
export function NowBar({ current, next, busy, canRun, attendance, clockOffsetMs, onNext }: NowBarProps) {
  const { t } = useTranslation();
  return (
    <section className="now-bar" aria-labelledby="now-heading">
      <h2 id="now-heading" className="visually-hidden">
        {t('live.now')}
      </h2>
      <div className="now-bar__agenda">
        <p className="current-agenda">
          <span className="current-agenda__label">{t('live.currentItem')}</span>
          <strong data-testid="current-agenda-title" className="current-agenda__title">
            {current ? current.title : t('live.noCurrentItem')}
          </strong>
          {current && <span className="muted">{t(`agendaStatus.${current.status}`)}</span>}
        </p>
        <p className="now-bar__timer">
          <span className="current-agenda__label">{t('live.itemTimer')}</span>
          {current ? (
            <TimerDisplay
              startedAt={current.startedAt}
              endedAt={current.status === 'done' ? current.endedAt : null}
              limitSeconds={plannedSeconds(current)}
              clockOffsetMs={clockOffsetMs}
              testId="agenda-timer"
            />
          ) : (
            <span className="timer timer--idle" data-testid="agenda-timer" data-level="idle">
              —
            </span>
          )}
        </p>
        <div className="now-bar__next">
          {canRun && (
            <button
              type="button"
              className="button button--primary button--large"
              data-testid="agenda-next"
              disabled={busy || next === undefined}
              aria-describedby="agenda-next-target"
              onClick={onNext}
            >
              {current ? t('live.nextItem') : t('live.startAgenda')}
            </button>
          )}
          <span id="agenda-next-target" className="now-bar__next-title">
            {next ? t('live.nextIs', { title: next.title }) : t('live.lastItem')}
          </span>
        </div>
        {!canRun && <ReadOnlyNote capability="agenda" place="now-bar" />}
      </div>
      <div className="now-bar__attendance">
        <AttendanceSummary attendance={attendance} />
      </div>
    </section>
  );
}
