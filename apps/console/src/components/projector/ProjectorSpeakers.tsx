import { useTranslation } from 'react-i18next';
import { PROJECTOR_QUEUE_COUNT } from '../../lib/projector';
import type { SpeakerQueue } from '../../lib/speakers';
import { ModeBadge } from '../live/ModeBadge';
import { TimerDisplay } from '../live/TimerDisplay';

export function ProjectorSpeakers({ speakers, clockOffsetMs }: { speakers: SpeakerQueue; clockOffsetMs: number }) {
  const { t } = useTranslation();
  return (
    <div className="projector__speakers">
      <section aria-labelledby="projector-speaking-heading" className="projector__panel projector__panel--speaking">
        <h2 id="projector-speaking-heading" className="projector__label">
          {t('projector.speaking')}
        </h2>
        {speakers.speaking.length === 0 ? (
          <p className="projector__empty">{t('projector.nobodySpeaking')}</p>
        ) : (
          <ul className="projector__speaking-list">
            {speakers.speaking.map((speaker) => (
              <li
                key={speaker.id}
                className="projector__speaker projector__speaker--speaking"
                data-testid="projector-speaker"
                data-status={speaker.status}
                data-mode={speaker.mode}
              >
                <div>
                  <p className="projector__speaker-name">{speaker.name}</p>
                  <p className="projector__speaker-meta">
                    <ModeBadge mode={speaker.mode} className="projector-mode-badge" /> {speaker.institution}
                  </p>
                </div>
                <TimerDisplay
                  startedAt={speaker.startedAt}
                  limitSeconds={speaker.limitSeconds}
                  clockOffsetMs={clockOffsetMs}
                  testId="projector-speaker-timer"
                  className="projector-timer"
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="projector-queue-heading" className="projector__panel">
        <h2 id="projector-queue-heading" className="projector__label">
          {t('projector.queue')}
        </h2>
        {speakers.waiting.length === 0 ? (
          <p className="projector__empty">{t('projector.queueEmpty')}</p>
        ) : (
          <ol className="projector__queue">
            {speakers.waiting.slice(0, PROJECTOR_QUEUE_COUNT).map((speaker) => (
              <li key={speaker.id} className="projector__speaker" data-testid="projector-speaker" data-status={speaker.status} data-mode={speaker.mode}>
                <span className="projector__speaker-name projector__speaker-name--queued">{speaker.name}</span>
                <span className="projector__speaker-meta">
                  <ModeBadge mode={speaker.mode} className="projector-mode-badge" /> {speaker.institution}
                </span>
              </li>
            ))}
          </ol>
        )}
        {speakers.waiting.length > PROJECTOR_QUEUE_COUNT && (
          <p className="projector__more">{t('projector.moreWaiting', { count: speakers.waiting.length - PROJECTOR_QUEUE_COUNT })}</p>
        )}
      </section>
    </div>
  );
}
