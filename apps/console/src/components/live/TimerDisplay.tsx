import { useTranslation } from 'react-i18next';
import { formatClock, useServerNow } from '@mufakat/client';
import { readTimer } from '../../lib/timer';

interface TimerDisplayProps {
  startedAt: string | null;
  endedAt?: string | null;
  limitSeconds: number | null;
  /** From useServerClock: the server's clock minus this device's. */
  clockOffsetMs: number;
  testId: string;
  className?: string;
}

/**
 * Elapsed time against the planned or given time; the colour and the words change near and past the end,
 * so the warning never rests on colour alone.
 */
export function TimerDisplay({ startedAt, endedAt = null, limitSeconds, clockOffsetMs, testId, className = 'timer' }: TimerDisplayProps) {
  const { t } = useTranslation();
  const now = useServerNow(clockOffsetMs, Boolean(startedAt) && !endedAt);
  const reading = readTimer(startedAt, endedAt, now, limitSeconds);
  if (!reading) {
    return (
      <span className={`${className} ${className}--idle`} data-testid={testId} data-level="idle">
        {limitSeconds === null ? '0:00' : t('timer.of', { elapsed: '0:00', limit: formatClock(limitSeconds) })}
      </span>
    );
  }
  const elapsed = formatClock(reading.elapsedSeconds);
  return (
    <span className={`${className} ${className}--${reading.level}`} data-testid={testId} data-level={reading.level} data-elapsed={reading.elapsedSeconds}>
      <span className={`${className}__main`}>
        {reading.limitSeconds === null ? elapsed : t('timer.of', { elapsed, limit: formatClock(reading.limitSeconds) })}
      </span>
      {reading.level === 'over' && <span className={`${className}__note`}>{t('timer.over', { over: formatClock(reading.overSeconds) })}</span>}
      {reading.level === 'warning' && <span className={`${className}__note`}>{t('timer.ending')}</span>}
    </span>
  );
}
