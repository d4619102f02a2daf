import type { PublicQuestion } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';

interface Props {
  questions: PublicQuestion[];
  votedIds: readonly string[];
  voteError: string | null;
  onToggleVote: (questionId: string, upvoted: boolean) => void;
}

export function QuestionList({ questions, votedIds, voteError, onToggleVote }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="questions-heading">
      <h2 id="questions-heading">{t('live.questions')}</h2>
      {voteError && (
        <p className="error" role="alert">
          {voteError}
        </p>
      )}
      {questions.length === 0 ? (
        <p className="muted">{t('live.noQuestions')}</p>
      ) : (
        <ol className="list">
          {questions.map((question) => {
            const voted = votedIds.includes(question.id);
            return (
              <li key={question.id} className="question" data-testid="question">
                <div>
                  <p>{question.text}</p>
                  <p className="muted">{question.authorName}</p>
                </div>
                <button
                  type="button"
                  className="vote"
                  data-testid="upvote-button"
                  aria-pressed={voted}
                  aria-label={t('live.upvote', { count: question.upvotes })}
                  onClick={() => onToggleVote(question.id, !voted)}
                >
                  <span aria-hidden="true">▲</span>
                  <span data-testid="question-upvotes">{question.upvotes}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
