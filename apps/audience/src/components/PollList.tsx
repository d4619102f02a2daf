import type { PollAnswer, PollResults, PollView } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';
import { PollCard, type AnswerHandler } from './PollCard';

interface Props {
  /** Already in display order. */
  polls: PollView[];
  answers: Record<string, PollAnswer>;
  results: Record<string, PollResults>;
  onAnswer: AnswerHandler;
}

export function PollList({ polls, answers, results, onAnswer }: Props) {
  const { t } = useTranslation();
  if (polls.length === 0) return <p className="card muted">{t('polls.none')}</p>;
  return (
    <>
      {polls.map((poll) => (
        <PollCard key={poll.id} poll={poll} answer={answers[poll.id]} results={results[poll.id]} onAnswer={onAnswer} />
      ))}
    </>
  );
}
