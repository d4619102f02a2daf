import { useState, type FormEvent } from 'react';
import { LIMITS, type AckError } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';
import { errorMessage } from '../lib/error-message';
import { questionLength, questionProblem } from '../lib/question-text';

/** Resolves with the refusal, or null once the server holds the question. */
export type AskHandler = (text: string, anonymous: boolean) => Promise<AckError | null>;

/** `invalid` marks the text itself as the problem, rather than the connection or the server. */
type Outcome = { kind: 'sent' } | { kind: 'error'; message: string; invalid: boolean } | null;

interface Props {
  onAsk: AskHandler;
  /** Questions wait for a moderator; otherwise the room sees them at once. */
  preModeration: boolean;
  fullyAnonymous: boolean;
  /** The agenda item the question will be asked for. */
  agendaTitle: string | null;
}

export function AskForm({ onAsk, preModeration, fullyAnonymous, agendaTitle }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (questionProblem(text)) {
      setOutcome({ kind: 'error', message: t('ask.empty'), invalid: true });
      return;
    }
    setSending(true);
    setOutcome(null);
    const error = await onAsk(text.trim(), anonymous);
    setSending(false);
    if (error) {
      const message = error.code === 'RATE_LIMITED' ? t('ask.rateLimited', { max: LIMITS.questionsPerMinute }) : errorMessage(error, t);
      setOutcome({ kind: 'error', message: t('ask.failed', { message }), invalid: error.code === 'VALIDATION_FAILED' });
    } else {
      setText('');
      setOutcome({ kind: 'sent' });
    }
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="ask-heading">
      <h3 id="ask-heading">{t('ask.heading')}</h3>
      {agendaTitle && <p className="muted">{t('ask.forItem', { title: agendaTitle })}</p>}
      <label htmlFor="ask-text">{t('ask.label')}</label>
      <textarea
        id="ask-text"
        data-testid="ask-text"
        rows={3}
        maxLength={LIMITS.questionText}
        aria-describedby="ask-counter ask-how"
        aria-invalid={outcome?.kind === 'error' && outcome.invalid ? true : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (outcome?.kind === 'sent') setOutcome(null);
        }}
      />
      <p id="ask-counter" className="muted counter">
        {t('ask.counter', { count: questionLength(text), max: LIMITS.questionText })}
      </p>
      {fullyAnonymous ? null : (
        <>
          <label className="choice">
            <input
              type="checkbox"
              data-testid="ask-anonymous"
              aria-describedby="ask-anonymous-hint"
              checked={anonymous}
              onChange={(event) => setAnonymous(event.target.checked)}
            />
            {t('ask.anonymous')}
          </label>
          <p id="ask-anonymous-hint" className="muted" data-testid="ask-anonymous-hint">
            {t('ask.anonymousStaffSee')}
          </p>
        </>
      )}
      <p id="ask-how" className="muted">
        {fullyAnonymous && `${t('ask.fullyAnonymous')} `}
        {t(preModeration ? 'ask.moderated' : 'ask.immediate')}
      </p>
      {outcome?.kind === 'error' && (
        <p className="error" role="alert" data-testid="ask-error">
          {outcome.message}
        </p>
      )}
      <div role="status">
        {outcome?.kind === 'sent' && (
          <p className="success" data-testid="ask-sent">
            {t(preModeration ? 'ask.sent' : 'ask.sentLive')}
          </p>
        )}
      </div>
      <button type="submit" className="primary" data-testid="ask-submit" aria-disabled={sending}>
        {sending ? t('ask.sending') : t('ask.submit')}
      </button>
    </form>
  );
}
