import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENSUS_LIMITS, FOLLOW_UP_STATUSES, type FollowUpPlan, type FollowUpStatus } from '@mufakat/contracts';
import { followUpErrorCount, followUpValues, toFollowUpPlan, validateFollowUp, type FollowUpErrors, type FollowUpValues } from '../../lib/follow-up-form';
import { FieldErrorText } from '../FieldErrorText';

interface FollowUpFormProps {
  /** The plan being changed; null when approving. */
  initial: FollowUpPlan | null;
  /** Approving locks the text and numbers the item; saving only changes the plan. */
  purpose: 'approve' | 'edit';
  busy: boolean;
  onSubmit: (plan: FollowUpPlan) => void;
  onCancel: () => void;
}

/** The follow-up every approved item carries: what, who, by when; opened in place, Escape cancels. */
export function FollowUpForm({ initial, purpose, busy, onSubmit, onCancel }: FollowUpFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<FollowUpValues>(() => followUpValues(initial));
  const [errors, setErrors] = useState<FollowUpErrors | null>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const first = useRef<HTMLTextAreaElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    first.current?.focus();
  }, []);
  useEffect(() => {
    if (failedSubmits > 0) summary.current?.focus();
  }, [failedSubmits]);

  const change = (patch: Partial<FollowUpValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    if (errors) setErrors(validateFollowUp(next));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = toFollowUpPlan(values);
    if (!result.ok) {
      setErrors(result.errors);
      setFailedSubmits((n) => n + 1);
      return;
    }
    onSubmit(result.plan);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
  };

  const field = (name: string) => `${id}-${name}`;
  const described = (name: keyof FollowUpErrors, hint = false) =>
    [hint ? `${field(name)}-hint` : null, errors?.[name] ? `${field(name)}-error` : null].filter(Boolean).join(' ') || undefined;
  const count = errors ? followUpErrorCount(errors) : 0;
  const whenDescribed = errors?.when ? `${field('when')}-error` : undefined;

  return (
    <form className="form follow-up-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-busy={busy} data-testid="follow-up-form">
      <fieldset>
        <legend>{t('consensus.followUp.legend')}</legend>
        {purpose === 'approve' && <p className="field__hint">{t('consensus.followUp.approveHint')}</p>}
        <div className={errors?.action ? 'field field--invalid' : 'field'}>
          <label htmlFor={field('action')}>{t('consensus.followUp.action')}</label>
          <textarea
            ref={first}
            id={field('action')}
            rows={2}
            value={values.action}
            maxLength={CONSENSUS_LIMITS.action}
            required
            data-testid="follow-up-action"
            aria-invalid={errors?.action ? true : undefined}
            aria-describedby={described('action')}
            onChange={(event) => change({ action: event.target.value })}
          />
          <FieldErrorText id={`${field('action')}-error`} error={errors?.action} />
        </div>
        <div className={errors?.responsibleUnit ? 'field field--invalid' : 'field'}>
          <label htmlFor={field('responsibleUnit')}>{t('consensus.followUp.responsibleUnit')}</label>
          <input
            id={field('responsibleUnit')}
            value={values.responsibleUnit}
            maxLength={CONSENSUS_LIMITS.responsibleUnit}
            required
            autoComplete="organization"
            data-testid="follow-up-unit"
            aria-invalid={errors?.responsibleUnit ? true : undefined}
            aria-describedby={described('responsibleUnit')}
            onChange={(event) => change({ responsibleUnit: event.target.value })}
          />
          <FieldErrorText id={`${field('responsibleUnit')}-error`} error={errors?.responsibleUnit} />
        </div>
        <fieldset className={errors?.when ? 'follow-up-form__when field--invalid' : 'follow-up-form__when'} aria-describedby={whenDescribed}>
          <legend>{t('consensus.followUp.when')}</legend>
          <p className="field__hint">{t('consensus.followUp.whenHint')}</p>
          <div className="form__row">
            <div className={errors?.deadline ? 'field field--invalid' : 'field'}>
              <label htmlFor={field('deadline')}>{t('consensus.followUp.deadline')}</label>
              <input
                id={field('deadline')}
                type="date"
                value={values.deadline}
                data-testid="follow-up-deadline"
                aria-invalid={errors?.deadline || errors?.when ? true : undefined}
                aria-describedby={described('deadline')}
                onChange={(event) => change({ deadline: event.target.value })}
              />
              <FieldErrorText id={`${field('deadline')}-error`} error={errors?.deadline} />
            </div>
            <div className={errors?.timeFrame ? 'field field--invalid' : 'field'}>
              <label htmlFor={field('timeFrame')}>{t('consensus.followUp.timeFrame')}</label>
              <p id={`${field('timeFrame')}-hint`} className="field__hint">
                {t('consensus.followUp.timeFrameHint')}
              </p>
              <input
                id={field('timeFrame')}
                value={values.timeFrame}
                maxLength={CONSENSUS_LIMITS.timeFrame + 20}
                data-testid="follow-up-time-frame"
                aria-invalid={errors?.timeFrame || errors?.when ? true : undefined}
                aria-describedby={described('timeFrame', true)}
                onChange={(event) => change({ timeFrame: event.target.value })}
              />
              <FieldErrorText id={`${field('timeFrame')}-error`} error={errors?.timeFrame} />
            </div>
          </div>
          <FieldErrorText id={`${field('when')}-error`} error={errors?.when} />
        </fieldset>
        <div className="field field--short">
          <label htmlFor={field('status')}>{t('consensus.followUp.status')}</label>
          <select
            id={field('status')}
            value={values.status}
            data-testid="follow-up-status"
            onChange={(event) => change({ status: event.target.value as FollowUpStatus })}
          >
            {/* Dropping takes a reason, on the follow-up board; a dropped action still shows as such. */}
            {FOLLOW_UP_STATUSES.filter((status) => status !== 'dropped' || values.status === 'dropped').map((status) => (
              <option key={status} value={status}>
                {t(`followUpStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div ref={summary} tabIndex={-1} className="form-error-slot">
        {count > 0 && (
          <p role="alert" className="alert alert--error" data-testid="follow-up-error">
            {t('consensus.followUp.fixErrors', { count })}
          </p>
        )}
      </div>
      <div className="form__actions">
        <button
          type="submit"
          className={purpose === 'approve' ? 'button button--approve' : 'button button--primary'}
          data-testid="follow-up-submit"
          disabled={busy}
        >
          {purpose === 'approve' ? t('consensus.followUp.approve') : t('consensus.followUp.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
