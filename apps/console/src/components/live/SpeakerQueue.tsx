import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeakerView } from '@mufakat/contracts';
import { formatTime } from '../../lib/datetime';
import type { MoveDirection } from '../../lib/reorder';
import { parseLimitMinutes, type SpeakerQueue as Queue } from '../../lib/speakers';
import type { FieldError } from '../../lib/validation';
import { FieldErrorText } from '../FieldErrorText';
import { ModeBadge } from './ModeBadge';
import { TimerDisplay } from './TimerDisplay';

interface SpeakerQueueProps {
  queue: Queue;
  busyIds: ReadonlySet<string>;
  clockOffsetMs: number;
  onGiveFloor: (requestId: string, limitSeconds: number | null) => void;
  onEnd: (requestId: string) => void;
  onMove: (requestId: string, direction: MoveDirection) => void;
}

/** The waiting queue in order, then who has the floor, each with a clear room / online badge. */
export function SpeakerQueue({ queue, busyIds, clockOffsetMs, onGiveFloor, onEnd, onMove }: SpeakerQueueProps) {
  const { t } = useTranslation();
  return (
    <div className="speakers">
      <section aria-labelledby="speakers-waiting-heading" className="speakers__waiting">
        <h3 id="speakers-waiting-heading">
          {t('speakers.waiting')} <span className="count">{queue.waiting.length}</span>
        </h3>
        {queue.waiting.length === 0 ? (
          <p className="empty">{t('speakers.noneWaiting')}</p>
        ) : (
          <ol className="speaker-list">
            {queue.waiting.map((speaker, index) => (
              <WaitingSpeaker
                key={speaker.id}
                speaker={speaker}
                position={index}
                count={queue.waiting.length}
                busy={busyIds.has(speaker.id)}
                onGiveFloor={onGiveFloor}
                onMove={onMove}
              />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="speakers-speaking-heading" className="speakers__speaking">
        <h3 id="speakers-speaking-heading">{t('speakers.speaking')}</h3>
        {queue.speaking.length === 0 ? (
          <p className="empty">{t('speakers.noneSpeaking')}</p>
        ) : (
          <ul className="speaker-list">
            {queue.speaking.map((speaker) => (
              <li key={speaker.id} className="speaker speaker--speaking" data-testid="speaker" data-status={speaker.status} data-mode={speaker.mode}>
                <SpeakerIdentity speaker={speaker} />
                <p className="speaker__timer">
                  <span className="current-agenda__label">{t('speakers.timer')}</span>
                  <TimerDisplay startedAt={speaker.startedAt} limitSeconds={speaker.limitSeconds} clockOffsetMs={clockOffsetMs} testId="speaker-timer" />
                </p>
                <button
                  type="button"
                  className="button button--reject"
                  data-testid="speaker-end"
                  aria-describedby={`speaker-${speaker.id}`}
                  disabled={busyIds.has(speaker.id)}
                  onClick={() => onEnd(speaker.id)}
                >
                  {t('speakers.end')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function SpeakerIdentity({ speaker }: { speaker: SpeakerView }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="speaker__identity">
      <p id={`speaker-${speaker.id}`} className="speaker__name">
        {speaker.name}
      </p>
      <p className="speaker__meta">
        <ModeBadge mode={speaker.mode} />
        {speaker.institution}
        {' · '}
        {t('speakers.requestedAt', { time: formatTime(speaker.requestedAt, i18n.language) })}
      </p>
    </div>
  );
}

interface WaitingSpeakerProps {
  speaker: SpeakerView;
  position: number;
  count: number;
  busy: boolean;
  onGiveFloor: (requestId: string, limitSeconds: number | null) => void;
  onMove: (requestId: string, direction: MoveDirection) => void;
}

function WaitingSpeaker({ speaker, position, count, busy, onGiveFloor, onMove }: WaitingSpeakerProps) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState('');
  const [error, setError] = useState<FieldError | undefined>();
  const inputId = `speaker-limit-${speaker.id}`;
  const give = () => {
    const limit = parseLimitMinutes(minutes);
    if (!limit.ok) {
      setError(limit.error);
      return;
    }
    setError(undefined);
    onGiveFloor(speaker.id, limit.seconds);
  };
  return (
    <li className="speaker" data-testid="speaker" data-status={speaker.status} data-mode={speaker.mode}>
      <span className="speaker__position" aria-hidden="true">
        {position + 1}
      </span>
      <SpeakerIdentity speaker={speaker} />
      <div className="speaker__controls">
        <div className={error ? 'field field--inline field--invalid' : 'field field--inline'}>
          <label htmlFor={inputId}>{t('speakers.limit')}</label>
          <input
            id={inputId}
            className="speaker__limit"
            type="text"
            inputMode="decimal"
            placeholder={t('speakers.noLimit')}
            value={minutes}
            data-testid="speaker-limit"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(event) => setMinutes(event.target.value)}
          />
          <FieldErrorText id={`${inputId}-error`} error={error} />
        </div>
        <button
          type="button"
          className="button button--primary"
          data-testid="speaker-give-floor"
          aria-describedby={`speaker-${speaker.id}`}
          disabled={busy}
          onClick={give}
        >
          {t('speakers.giveFloor')}
        </button>
        <button
          type="button"
          className="button button--quiet button--icon"
          data-testid="speaker-move-up"
          aria-label={t('speakers.moveUp', { name: speaker.name })}
          disabled={busy || position === 0}
          onClick={() => onMove(speaker.id, 'up')}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button button--quiet button--icon"
          data-testid="speaker-move-down"
          aria-label={t('speakers.moveDown', { name: speaker.name })}
          disabled={busy || position === count - 1}
          onClick={() => onMove(speaker.id, 'down')}
        >
          <span aria-hidden="true">↓</span>
        </button>
      </div>
    </li>
  );
}
