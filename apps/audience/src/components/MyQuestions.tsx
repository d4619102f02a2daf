import type { MyQuestion } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';

export function MyQuestions({ questions }: { questions: MyQuestion[] }) {
  const { t } = useTranslation();
  if (questions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="mine-heading">
      <h2 id="mine-heading">{t('mine.heading')}</h2>
      {/* Moderation decisions arrive while the attendee reads on; announce them without stealing focus. */}
      <ul className="list" aria-live="polite">
        {questions.map((question) => (
          <li key={question.id} data-testid="my-question" data-status={question.status}>
            <p>{question.text}</p>
            <span className={`status ${question.status}`}>{t(`mine.${question.status}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
