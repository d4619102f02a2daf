import { useState, type FormEvent } from 'react';
import { LIMITS, type AckError } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';
import { errorMessage } from '../lib/error-message';
import { questionLength, questionProblem } from '../lib/question-text';

/** Resolves with the refusal, or null once the server holds the question. */
export type AskHandler = (text: string) => Promise<AckError | null>;

/** `invalid` marks the text itself as the problem, rather than the connection or the server. */
type Outcome = { kind: 'sent' } | { kind: 'error'; message: string; invalid: boolean } | null;

export function AskForm({ onAsk }: { onAsk: AskHandler }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
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
    const error = await onAsk(text.trim());
    setSending(false);
    if (error) {
      setOutcome({
        kind: 'error',
        message: t('ask.failed', { message: errorMessage(error, t) }),
        invalid: error.code === 'VALIDATION_FAILED',
      });
    } else {
      setText('');
      setOutcome({ kind: 'sent' });
    }
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="ask-heading">
      <h2 id="ask-heading">{t('ask.heading')}</h2>
      <label htmlFor="ask-text">{t('ask.label')}</label>
      <textarea
        id="ask-text"
        data-testid="ask-text"
        rows={4}
        maxLength={LIMITS.questionText}
        aria-describedby="ask-counter"
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
      {outcome?.kind === 'error' && (
        <p className="error" role="alert" data-testid="ask-error">
          {outcome.message}
        </p>
      )}
      <div role="status">
        {outcome?.kind === 'sent' && (
          <p className="success" data-testid="ask-sent">
            {t('ask.sent')}
          </p>
        )}
      </div>
      <button type="submit" className="primary" data-testid="ask-submit" aria-disabled={sending}>
        {sending ? t('ask.sending') : t('ask.submit')}
      </button>
    </form>
  );
}
