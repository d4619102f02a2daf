import { formatClock } from '@mufakat/client';
import { useTranslation } from '../i18n/useTranslation';
import { remainingSeconds, type HandState } from '../lib/speaker-queue';

interface Props {
  hand: HandState;
  /** Now, on the server's clock, ticking while the attendee speaks. */
  nowMs: number;
  busy: boolean;
  error: string | null;
  onRaise: () => void;
  onLower: () => void;
}

export function SpeakerPanel({ hand, nowMs, busy, error, onRaise, onLower }: Props) {
  const { t } = useTranslation();
  const left = hand.kind === 'speaking' ? remainingSeconds(hand.startedAt, hand.limitSeconds, nowMs) : null;
  return (
    <div className="card">
      <h3>{t('speak.heading')}</h3>
      <p
        role="status"
        data-testid="hand-status"
        data-state={hand.kind}
        data-position={hand.kind === 'waiting' ? hand.position : undefined}
        className={hand.kind === 'speaking' ? 'success' : undefined}
      >
        {hand.kind === 'none'
          ? t('speak.none')
          : hand.kind === 'waiting'
            ? t('speak.waiting', { position: hand.position, total: hand.total })
            : t('speak.floor')}
      </p>
      {left !== null && (
        // A timer is not a live region: reading every second aloud would drown the speaker.
        <p className="clock" role="timer" aria-label={t('speak.timeLeft')}>
          {formatClock(left)}
        </p>
      )}
      {hand.kind === 'none' ? (
        <button type="button" className="primary" data-testid="raise-hand" aria-disabled={busy} onClick={onRaise}>
          {t('speak.raise')}
        </button>
      ) : (
        <button type="button" className="primary" data-testid="lower-hand" aria-disabled={busy} onClick={onLower}>
          {t(hand.kind === 'speaking' ? 'speak.done' : 'speak.lower')}
        </button>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
