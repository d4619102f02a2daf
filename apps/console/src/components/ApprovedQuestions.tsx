import { useTranslation } from 'react-i18next';
import type { PublicQuestion } from '@mufakat/contracts';

interface ApprovedQuestionsProps {
  questions: PublicQuestion[];
  agendaTitles: ReadonlyMap<string, string>;
}

export function ApprovedQuestions({ questions, agendaTitles }: ApprovedQuestionsProps) {
  const { t } = useTranslation();
  if (questions.length === 0) return <p className="empty">{t('live.noApproved')}</p>;
  return (
    <ol className="question-list">
      {questions.map((question) => {
        const agendaTitle = question.agendaItemId ? agendaTitles.get(question.agendaItemId) : undefined;
        return (
          <li key={question.id} className="question question--approved" data-testid="approved-question">
            <p className="votes">
              <span className="votes__count" data-testid="question-upvotes">
                {question.upvotes}
              </span>
              <span className="votes__label">{t('live.upvotes', { count: question.upvotes })}</span>
            </p>
            <div>
              <p className="question__text">{question.text}</p>
              <p className="question__meta">
                {question.authorName}
                {agendaTitle && <> · {agendaTitle}</>}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
