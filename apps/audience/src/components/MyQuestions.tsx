import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LIMITS, type AckError, type MyQuestion } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';
import { errorMessage } from '../lib/error-message';
import { questionProblem } from '../lib/question-text';
import { QuestionReply } from './QuestionReply';

/** Both resolve with the refusal, or null once the server made the change. */
interface Handlers {
  onEdit: (questionId: string, text: string) => Promise<AckError | null>;
  onWithdraw: (questionId: string) => Promise<AckError | null>;
}

export function MyQuestions({ questions, ...handlers }: { questions: MyQuestion[] } & Handlers) {
  const { t } = useTranslation();
  if (questions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="mine-heading">
      <h3 id="mine-heading">{t('mine.heading')}</h3>
      <ul className="list">
        {questions.map((question) => (
          <MyQuestionItem key={question.id} question={question} {...handlers} />
        ))}
      </ul>
    </section>
  );
}

type Mode = 'view' | 'edit' | 'confirm';

function MyQuestionItem({ question, onEdit, onWithdraw }: { question: MyQuestion } & Handlers) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState(question.text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const item = useRef<HTMLLIElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const editText = useRef<HTMLTextAreaElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const previousMode = useRef<Mode>('view');
  const pending = question.status === 'pending';

  // Focus follows the mode: into the text or onto the confirmation, then back to where the attendee
  // started, or to the question itself when its buttons are gone (withdrawn, or moderated meanwhile).
  // Not autoFocus: Preact, which renders this app, leaves that to the browser, which honours it once per page.
  useEffect(() => {
    if (mode === previousMode.current) return;
    previousMode.current = mode;
    if (mode === 'edit') editText.current?.focus();
    else if (mode === 'confirm') confirmButton.current?.focus();
    else (editButton.current ?? item.current)?.focus();
  }, [mode]);

  const run = async (action: () => Promise<AckError | null>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const refusal = await action();
    setBusy(false);
    if (refusal) setError(t('mine.failed', { message: errorMessage(refusal, t) }));
    else setMode('view');
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (questionProblem(draft)) setError(t('ask.empty'));
    else void run(() => onEdit(question.id, draft.trim()));
  };

  const editId = `edit-${question.id}`;
  return (
    <li ref={item} tabIndex={-1} data-testid="my-question" data-status={question.status}>
      {pending && mode === 'edit' ? (
        <form onSubmit={save} noValidate>
          <label htmlFor={editId}>{t('mine.editLabel')}</label>
          <textarea
            ref={editText}
            id={editId}
            data-testid="my-question-edit-text"
            rows={3}
            maxLength={LIMITS.questionText}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <div className="actions">
            <button type="submit" data-testid="my-question-save" aria-disabled={busy}>
              {busy ? t('mine.saving') : t('mine.save')}
            </button>
            <button type="button" onClick={() => setMode('view')}>
              {t('mine.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p>{question.text}</p>
      )}
      <p>
        <span className={`status ${question.status}`}>{t(`mine.${question.status}`)}</span>
        {question.anonymous && <span className="muted"> · {t('mine.anonymous')}</span>}
      </p>
      {question.status === 'rejected' && question.rejectionReason && (
        <p className="muted" data-testid="my-question-reason">
          {t('mine.reason', { reason: question.rejectionReason })}
        </p>
      )}
      {question.reply && <QuestionReply reply={question.reply} />}
      {pending && mode === 'view' && (
        <div className="actions">
          <button
            ref={editButton}
            type="button"
            data-testid="my-question-edit"
            onClick={() => {
              setDraft(question.text);
              setError(null);
              setMode('edit');
            }}
          >
            {t('mine.edit')}
          </button>
          <button type="button" data-testid="my-question-withdraw" onClick={() => setMode('confirm')}>
            {t('mine.withdraw')}
          </button>
        </div>
      )}
      {pending && mode === 'confirm' && (
        <div className="confirm" role="group" aria-labelledby={`${editId}-confirm`}>
          <p id={`${editId}-confirm`}>{t('mine.confirm')}</p>
          <div className="actions">
            <button
              ref={confirmButton}
              type="button"
              className="danger"
              data-testid="my-question-withdraw-confirm"
              aria-disabled={busy}
              onClick={() => void run(() => onWithdraw(question.id))}
            >
              {t('mine.withdrawYes')}
            </button>
            <button type="button" onClick={() => setMode('view')}>
              {t('mine.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
