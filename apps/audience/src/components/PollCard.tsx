import { useState, type FormEvent } from 'react';
import { LIMITS, ratingScaleOf, type AckError, type PollAnswer, type PollResults, type PollView } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';
import { errorMessage } from '../lib/error-message';
import { buildAnswer, describeAnswer, draftFor, maxChoices, toggleChoice, type PollDraft } from '../lib/poll-answer';
import { PollResultsView } from './PollResultsView';
import { RankingField } from './RankingField';

/** Resolves with the refusal, or null once the server holds the answer. */
export type AnswerHandler = (pollId: string, answer: PollAnswer) => Promise<AckError | null>;

interface Props {
  poll: PollView;
  /** This attendee's answer, once the server acknowledged one. */
  answer: PollAnswer | undefined;
  results: PollResults | undefined;
  onAnswer: AnswerHandler;
}

export function PollCard({ poll, answer, results, onAnswer }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PollDraft>(() => draftFor(poll, answer));
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = poll.status === 'open';
  const canAnswer = open && (!answer || poll.allowChange);
  const id = `poll-${poll.id}`;
  const max = poll.type === 'multiple' ? maxChoices(poll) : poll.type === 'rating' ? ratingScaleOf(poll) : 0;
  const set = (patch: Partial<PollDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const built = buildAnswer(poll, draft);
    if ('problem' in built) {
      const limit = built.problem === 'wordTooLong' ? LIMITS.wordCloudWord : built.problem === 'tooLong' ? LIMITS.pollTextAnswer : max;
      setError(t(`polls.problem.${built.problem}`, { max: limit }));
      return;
    }
    setSending(true);
    setError(null);
    const refusal = await onAnswer(poll.id, built.answer);
    setSending(false);
    if (refusal) setError(t('polls.failed', { message: errorMessage(refusal, t) }));
  };

  const hint =
    poll.type === 'single'
      ? t('polls.chooseOne')
      : poll.type === 'multiple'
        ? t('polls.chooseMax', { max })
        : poll.type === 'rating'
          ? t('polls.rateHint', { max })
          : poll.type === 'wordcloud'
            ? t('polls.wordsHint', { max: LIMITS.wordCloudWords })
            : poll.type === 'ranking'
              ? t('polls.rankHint')
              : '';

  return (
    <article className="card" data-testid="poll" data-poll-id={poll.id} data-type={poll.type} data-status={poll.status} aria-labelledby={id}>
      <p>
        <span className={`status ${open ? 'approved' : 'closed'}`}>{t(open ? 'polls.open' : 'polls.closed')}</span>
      </p>
      <h3 id={id}>{poll.question}</h3>
      <div role="status">
        {answer && (
          <p className="success" data-testid="poll-answered">
            {t(open ? 'polls.answered' : 'polls.yourAnswer', { answer: describeAnswer(poll, answer) })}
          </p>
        )}
      </div>
      {open && answer && !poll.allowChange && <p className="muted">{t('polls.final')}</p>}
      {canAnswer && (
        <form onSubmit={submit} noValidate>
          <fieldset aria-labelledby={id} aria-describedby={hint ? `${id}-hint` : undefined}>
            {hint && (
              <p id={`${id}-hint`} className="muted">
                {hint}
              </p>
            )}
            {(poll.type === 'single' || poll.type === 'multiple') &&
              poll.options.map((option) => (
                <label key={option.id} className="choice">
                  <input
                    type={poll.type === 'single' ? 'radio' : 'checkbox'}
                    name={id}
                    value={option.id}
                    data-testid="poll-option"
                    checked={draft.optionIds.includes(option.id)}
                    onChange={(event) => {
                      if (poll.type === 'single') return set({ optionIds: [option.id] });
                      const next = toggleChoice(draft.optionIds, option.id, max);
                      if (next) set({ optionIds: next });
                      // Preact puts a refused tick back only when it re-renders, and the same error again is no change.
                      else event.currentTarget.checked = false;
                      setError(next ? null : t('polls.problem.tooMany', { max }));
                    }}
                  />
                  {option.label}
                </label>
              ))}
            {poll.type === 'rating' && (
              <div className="scale">
                {Array.from({ length: max }, (_, index) => index + 1).map((value) => (
                  <label key={value} className="rate">
                    <input
                      type="radio"
                      name={id}
                      value={value}
                      data-testid={`poll-rating-${value}`}
                      checked={draft.value === value}
                      onChange={() => set({ value })}
                    />
                    <span>{value}</span>
                  </label>
                ))}
              </div>
            )}
            {poll.type === 'wordcloud' &&
              draft.words.map((word, index) => (
                <div key={index}>
                  <label htmlFor={`${id}-w${index}`}>{t('polls.word', { number: index + 1 })}</label>
                  <input
                    id={`${id}-w${index}`}
                    data-testid={`poll-word-${index}`}
                    maxLength={LIMITS.wordCloudWord}
                    autoComplete="off"
                    value={word}
                    onChange={(event) => set({ words: draft.words.map((w, i) => (i === index ? event.target.value : w)) })}
                  />
                </div>
              ))}
            {poll.type === 'open' && (
              <>
                <label htmlFor={`${id}-text`}>{t('polls.text')}</label>
                <textarea
                  id={`${id}-text`}
                  data-testid="poll-text"
                  rows={3}
                  maxLength={LIMITS.pollTextAnswer}
                  aria-describedby={`${id}-count`}
                  value={draft.text}
                  onChange={(event) => set({ text: event.target.value })}
                />
                <p id={`${id}-count`} className="muted counter">
                  {t('ask.counter', { count: draft.text.length, max: LIMITS.pollTextAnswer })}
                </p>
              </>
            )}
            {poll.type === 'ranking' && (
              <RankingField pollId={poll.id} options={poll.options} order={draft.optionIds} onChange={(optionIds) => set({ optionIds })} />
            )}
          </fieldset>
          {error && (
            <p className="error" role="alert" data-testid="poll-error">
              {error}
            </p>
          )}
          <button type="submit" className="primary" data-testid="poll-submit" aria-disabled={sending}>
            {sending ? t('polls.sending') : t(answer ? 'polls.change' : 'polls.submit')}
          </button>
        </form>
      )}
      {!canAnswer && error && (
        <p className="error" role="alert" data-testid="poll-error">
          {error}
        </p>
      )}
      {poll.resultsVisible && results && <PollResultsView poll={poll} results={results} />}
    </article>
  );
}
