import { useTranslation } from 'react-i18next';
import { PROJECTOR_OPEN_ANSWERS, type ProjectorPollModel } from '../../lib/projector';
import { PollResultsView } from '../polls/PollResultsView';

export function ProjectorPoll({ poll }: { poll: ProjectorPollModel | null }) {
  const { t } = useTranslation();
  if (!poll) {
    return (
      <section className="projector__panel" aria-labelledby="projector-poll-heading">
        <h2 id="projector-poll-heading" className="projector__label">
          {t('projector.pollHeading')}
        </h2>
        <p className="projector__empty">{t('projector.pollUnavailable')}</p>
      </section>
    );
  }
  const { poll: view, results } = poll;
  return (
    <section className="projector__poll" data-testid="projector-poll" data-type={view.type} data-status={view.status} aria-labelledby="projector-poll-heading">
      <p className="projector__label" id="projector-poll-heading">
        {t('projector.pollHeading')} · {t(`pollTypes.${view.type}`)} ·{' '}
        <span className={`projector__poll-status projector__poll-status--${view.status}`}>
          {view.status === 'open' ? t('projector.pollOpen') : t('projector.pollClosed')}
        </span>
      </p>
      <h2 className="projector__poll-question" data-testid="projector-poll-question">
        {view.question}
      </h2>
      {view.resultsVisible ? (
        <div className="projector__poll-results" data-testid="projector-poll-results">
          <PollResultsView poll={view} results={results} variant="projector" maxOpenAnswers={PROJECTOR_OPEN_ANSWERS} />
        </div>
      ) : (
        <p className="projector__results-hidden" data-testid="projector-poll-hidden">
          {t('projector.resultsHidden')}
        </p>
      )}
    </section>
  );
}
