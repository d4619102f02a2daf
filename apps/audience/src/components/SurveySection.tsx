import { useEffect, useRef, useState, type FormEvent } from 'react';
import { SURVEY_ELEMENTS, type AckError } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';
import { errorMessage } from '../lib/error-message';
import { missingElements, setScore, SURVEY_SCORES, surveyDraft, toSurveyRequest, type SurveyDraft } from '../lib/survey-form';

interface Props {
  open: boolean;
  /** This attendee's acknowledged scores, U1..U9. */
  mine: number[] | null;
  /** Resolves with the refusal, or null once the server holds the answers. */
  onSubmit: (scores: number[]) => Promise<AckError | null>;
}

/**
 * The satisfaction survey (SKM, PermenPAN-RB 14/2017): nine elements, each scored 1–4, all required. Shown while
 * open or once answered: the form, or the thanks with the answers.
 */
export function SurveySection({ open, mine, onSubmit }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<SurveyDraft>(() => surveyDraft(mine));
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const focusNext = useRef<'form' | 'thanks' | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const thanks = useRef<HTMLHeadingElement>(null);
  const showForm = open && (!mine || editing);
  const missing = tried ? missingElements(draft) : [];

  // Into the form when it opens for a change, onto the thanks once sent: the attendee's place follows the task.
  useEffect(() => {
    if (focusNext.current) (focusNext.current === 'form' ? form : thanks).current?.focus();
    focusNext.current = null;
  }, [showForm]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setTried(true);
    setError(null);
    const request = toSurveyRequest(draft);
    if (!request) {
      form.current?.querySelector<HTMLInputElement>(`[name="survey-${missingElements(draft)[0]}"]`)?.focus();
      return;
    }
    setSending(true);
    // Set before sending: the acknowledged answers may swap the form for the thanks before this resumes.
    focusNext.current = 'thanks';
    const refusal = await onSubmit(request.scores);
    setSending(false);
    if (refusal) {
      focusNext.current = null;
      return setError(t('survey.failed', { message: errorMessage(refusal, t) }));
    }
    setEditing(false);
  };

  if (!showForm) {
    return (
      <div className="card" data-testid="survey-done">
        <h3 ref={thanks} tabIndex={-1}>
          {t('survey.thanks')}
        </h3>
        <dl className="facts">
          {SURVEY_ELEMENTS.map((code, index) => (
            <div key={code}>
              <dt>{t(`survey.element.${code}`)}</dt>
              <dd>{t(`survey.score.${mine?.[index]}`)}</dd>
            </div>
          ))}
        </dl>
        {open ? (
          <button
            type="button"
            className="primary"
            data-testid="survey-change"
            onClick={() => {
              setDraft(surveyDraft(mine));
              setTried(false);
              focusNext.current = 'form';
              setEditing(true);
            }}
          >
            {t('survey.change')}
          </button>
        ) : (
          <p className="muted">{t('survey.final')}</p>
        )}
      </div>
    );
  }

  return (
    <form ref={form} className="card" onSubmit={submit} noValidate aria-labelledby="survey-title" aria-describedby="survey-intro" tabIndex={-1}>
      <p id="survey-intro">{t('survey.intro')}</p>
      {SURVEY_ELEMENTS.map((code, index) => (
        <fieldset key={code} aria-invalid={missing.includes(code) || undefined}>
          <legend>
            {index + 1}. {t(`survey.element.${code}`)}
            {missing.includes(code) && <span className="error-text"> ({t('survey.unanswered')})</span>}
          </legend>
          <div className="scale four">
            {SURVEY_SCORES.map((score) => (
              <label key={score} className="rate">
                <input
                  type="radio"
                  name={`survey-${code}`}
                  value={score}
                  data-testid={`survey-${code}-${score}`}
                  checked={draft[index] === score}
                  onChange={() => setDraft((current) => setScore(current, index, score))}
                />
                <span>
                  {score}
                  <small>{t(`survey.score.${score}`)}</small>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {(missing.length > 0 || error) && (
        <p className="error" role="alert" data-testid="survey-error">
          {error ?? t('survey.missing', { count: missing.length })}
        </p>
      )}
      <button type="submit" className="primary" data-testid="survey-submit" aria-disabled={sending}>
        {sending ? t('survey.sending') : t(mine ? 'survey.resubmit' : 'survey.submit')}
      </button>
    </form>
  );
}
