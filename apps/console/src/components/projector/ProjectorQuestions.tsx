import { useTranslation } from 'react-i18next';
import type { PublicQuestion } from '@mufakat/contracts';

/** The room's top questions, most upvoted first; "Anonim" for those asked anonymously. */
export function ProjectorQuestions({ questions, compact = false }: { questions: PublicQuestion[]; compact?: boolean }) {
  const { t } = useTranslation();
  if (questions.length === 0) return <p className="projector__empty">{t('projector.noQuestions')}</p>;
  return (
    <ol className={compact ? 'projector__questions projector__questions--compact' : 'projector__questions'}>
      {questions.map((question) => (
        <li
          key={question.id}
          className={question.pinned ? 'projector__question projector__question--pinned' : 'projector__question'}
          data-testid="projector-question"
        >
          <p className="projector__votes">
            <span data-testid="question-upvotes">{question.upvotes}</span>
            <span className="visually-hidden"> {t('questions.upvotes', { count: question.upvotes })}</span>
          </p>
          <div>
            <p className="projector__question-text">{question.text}</p>
            <p className="projector__question-author">
              {question.authorName ?? t('questions.anonymous')}
              {question.status === 'answered' && <> · {t('questionStatus.answered')}</>}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
