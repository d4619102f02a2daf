import type { PublicQuestion } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';
import type { QuestionScope, QuestionSort } from '../lib/question-list';
import { QuestionReply } from './QuestionReply';
import { ToggleGroup } from './ToggleGroup';

interface Props {
  /** Already sorted and filtered. */
  questions: PublicQuestion[];
  votedIds: ReadonlySet<string>;
  voteError: string | null;
  onToggleVote: (questionId: string, upvoted: boolean) => void;
  sort: QuestionSort;
  onSort: (sort: QuestionSort) => void;
  scope: QuestionScope;
  /** Null when no agenda item is current: there is nothing to filter by. */
  onScope: ((scope: QuestionScope) => void) | null;
}

export function QuestionList({ questions, votedIds, voteError, onToggleVote, sort, onSort, scope, onScope }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="questions-heading">
      <h3 id="questions-heading">{t('live.questions')}</h3>
      <div className="tools">
        <ToggleGroup
          label={t('live.sortLabel')}
          value={sort}
          onChange={onSort}
          options={[
            { value: 'top', label: t('live.sortTop'), testId: 'sort-top' },
            { value: 'recent', label: t('live.sortRecent'), testId: 'sort-recent' },
          ]}
        />
        {onScope && (
          <ToggleGroup
            label={t('live.scopeLabel')}
            value={scope}
            onChange={onScope}
            options={[
              { value: 'current', label: t('live.scopeCurrent'), testId: 'scope-current' },
              { value: 'all', label: t('live.scopeAll'), testId: 'scope-all' },
            ]}
          />
        )}
      </div>
      {voteError && (
        <p className="error" role="alert">
          {voteError}
        </p>
      )}
      {questions.length === 0 ? (
        <p className="muted">{t(onScope && scope === 'current' ? 'live.noQuestionsHere' : 'live.noQuestions')}</p>
      ) : (
        <ol className="list">
          {questions.map((question) => {
            const voted = votedIds.has(question.id);
            return (
              <li key={question.id} className="question" data-testid="question" data-status={question.status}>
                <div>
                  {(question.pinned || question.status === 'answered') && (
                    <p>
                      {question.pinned && (
                        <span className="status pinned" data-testid="question-pinned">
                          {t('live.pinned')}
                        </span>
                      )}{' '}
                      {question.status === 'answered' && <span className="status approved">{t('live.answered')}</span>}
                    </p>
                  )}
                  <p>{question.text}</p>
                  <p className="muted" data-testid="question-author">
                    {question.authorName ?? t('live.anonymous')}
                  </p>
                  {question.reply && <QuestionReply reply={question.reply} />}
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
