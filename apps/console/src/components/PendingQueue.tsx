import { useTranslation } from 'react-i18next';
import type { ModerationDecision, ModerationQuestion } from '@mufakat/contracts';
import { formatTime } from '../lib/datetime';

interface PendingQueueProps {
  questions: ModerationQuestion[];
  /** Questions whose decision is on its way to the server. */
  busyIds: ReadonlySet<string>;
  agendaTitles: ReadonlyMap<string, string>;
  onModerate: (questionId: string, decision: ModerationDecision) => void;
}

export function PendingQueue({ questions, busyIds, agendaTitles, onModerate }: PendingQueueProps) {
  const { t, i18n } = useTranslation();
  if (questions.length === 0) return <p className="empty">{t('live.noPending')}</p>;
  return (
    <ol className="question-list">
      {questions.map((question) => {
        const textId = `pending-${question.id}`;
        const busy = busyIds.has(question.id);
        const agendaTitle = question.agendaItemId ? agendaTitles.get(question.agendaItemId) : undefined;
        return (
          <li key={question.id} className="question question--pending" data-testid="pending-question">
            <p id={textId} className="question__text">
              {question.text}
            </p>
            <p className="question__meta">
              {question.authorName} · {question.authorInstitution} · {t(`categories.${question.authorCategory}`)} ·{' '}
              <time dateTime={question.createdAt}>{formatTime(question.createdAt, i18n.language)}</time>
              {agendaTitle && <> · {agendaTitle}</>}
            </p>
            <div className="question__actions">
              <button
                type="button"
                className="button button--approve button--large"
                data-testid="approve-question"
                aria-describedby={textId}
                disabled={busy}
                onClick={() => onModerate(question.id, 'approve')}
              >
                {t('live.approve')}
              </button>
              <button
                type="button"
                className="button button--reject button--large"
                data-testid="reject-question"
                aria-describedby={textId}
                disabled={busy}
                onClick={() => onModerate(question.id, 'reject')}
              >
                {t('live.reject')}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
