import { useTranslation } from 'react-i18next';
import { plannedSeconds } from '../../lib/agenda';
import { PROJECTOR_QUESTIONS_BESIDE_CONSENSUS, type ProjectorModel } from '../../lib/projector';
import { TimerDisplay } from '../live/TimerDisplay';
import { ProjectorConsensus } from './ProjectorConsensus';
import { ProjectorQuestions } from './ProjectorQuestions';

/**
 * The current item with its timer and the question being discussed, beside the room's top questions. Once
 * the room is asked to agree on something (or has agreed), the consensus takes that side and the top
 * questions, fewer of them, move under the current item.
 */
export function ProjectorAgenda({ model, clockOffsetMs }: { model: ProjectorModel; clockOffsetMs: number }) {
  const { t } = useTranslation();
  const item = model.currentAgenda;
  const questions = (
    <section aria-labelledby="projector-questions-heading" className="projector__panel">
      <h2 id="projector-questions-heading" className="projector__label">
        {t('projector.topQuestions')}
      </h2>
      {model.consensus ? (
        <ProjectorQuestions questions={model.questions.slice(0, PROJECTOR_QUESTIONS_BESIDE_CONSENSUS)} compact />
      ) : (
        <ProjectorQuestions questions={model.questions} />
      )}
    </section>
  );
  return (
    <div className="projector__agenda-layout">
      <div className="projector__agenda-main">
        <section aria-labelledby="projector-agenda-heading" className="projector__panel projector__panel--agenda">
          <h2 id="projector-agenda-heading" className="projector__label">
            {t('projector.currentItem')}
          </h2>
          <p className="projector__agenda projector__agenda--large" data-testid="projector-current-agenda">
            {item?.title ?? t('projector.noCurrentItem')}
          </p>
          {item && (
            <TimerDisplay
              startedAt={item.startedAt}
              endedAt={item.status === 'done' ? item.endedAt : null}
              limitSeconds={plannedSeconds(item)}
              clockOffsetMs={clockOffsetMs}
              testId="projector-agenda-timer"
              className="projector-timer"
            />
          )}
        </section>
        {model.pinned && (
          <section aria-labelledby="projector-pinned-heading" className="projector__pinned" data-testid="projector-pinned-question">
            <h2 id="projector-pinned-heading" className="projector__label projector__label--pinned">
              {t('projector.pinned')}
            </h2>
            <p className="projector__pinned-text">{model.pinned.text}</p>
            <p className="projector__question-author">
              {model.pinned.authorName ?? t('questions.anonymous')} · {model.pinned.upvotes} {t('questions.upvotes', { count: model.pinned.upvotes })}
            </p>
          </section>
        )}
        {model.consensus && questions}
      </div>
      {model.consensus ? <ProjectorConsensus consensus={model.consensus} variant="panel" /> : questions}
    </div>
  );
}
