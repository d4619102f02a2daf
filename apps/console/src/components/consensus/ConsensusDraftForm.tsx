import { useId, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENSUS_LIMITS, type AgendaItemView } from '@mufakat/contracts';
import type { ConsensusDraftValues } from '../../lib/consensus';
import type { FieldError } from '../../lib/validation';
import { FieldErrorText } from '../FieldErrorText';

interface ConsensusDraftFormProps {
  values: ConsensusDraftValues;
  /** Shown once the facilitator has tried to save. */
  error: FieldError | undefined;
  agenda: AgendaItemView[];
  busy: boolean;
  onChange: (patch: Partial<ConsensusDraftValues>) => void;
  onSubmit: () => void;
  textRef?: Ref<HTMLTextAreaElement>;
}

/** A new item, written while the room talks; it stays a draft, seen by staff only, until put to the room. */
export function ConsensusDraftForm({ values, error, agenda, busy, onChange, onSubmit, textRef }: ConsensusDraftFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const remaining = CONSENSUS_LIMITS.text - values.text.trim().length;
  return (
    <form className="form consensus-form" onSubmit={submit} noValidate aria-busy={busy}>
      <div className={error ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-text`}>{t('consensus.form.text')}</label>
        <p id={`${id}-hint`} className="field__hint">
          {t('consensus.form.textHint')}
        </p>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          rows={4}
          value={values.text}
          maxLength={CONSENSUS_LIMITS.text + 50}
          required
          data-testid="consensus-text"
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, `${id}-left`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
          onChange={(event) => onChange({ text: event.target.value })}
        />
        <p id={`${id}-left`} className={remaining < 0 ? 'field__counter field__counter--over' : 'field__counter'}>
          {remaining < 0 ? t('consensus.form.over', { count: -remaining }) : t('consensus.form.left', { count: remaining })}
        </p>
        <FieldErrorText id={`${id}-error`} error={error} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-agenda`}>{t('polls.form.agenda')}</label>
        <select
          id={`${id}-agenda`}
          value={values.agendaItemId}
          data-testid="consensus-agenda"
          onChange={(event) => onChange({ agendaItemId: event.target.value })}
        >
          <option value="">{t('polls.form.noAgenda')}</option>
          {agenda.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title}
            </option>
          ))}
        </select>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary button--large" data-testid="consensus-create" disabled={busy}>
          {t('consensus.form.create')}
        </button>
      </div>
    </form>
  );
}
