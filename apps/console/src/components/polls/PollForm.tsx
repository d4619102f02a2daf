import { useId, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LIMITS,
  POLL_TYPES,
  RANKING_METHODS,
  RATING_SCALES,
  type AgendaItemView,
  type PollType,
  type RankingMethod,
  type RatingScale,
} from '@mufakat/contracts';
import { canAddOption, canRemoveOption, hasPollErrors, usesOptions, type PollFormErrors, type PollFormValues } from '../../lib/poll-form';
import { CheckboxField } from '../CheckboxField';
import { FieldErrorText } from '../FieldErrorText';

interface PollFormProps {
  values: PollFormValues;
  /** Shown once the moderator has tried to submit. */
  errors: PollFormErrors | null;
  agenda: AgendaItemView[];
  /** Editing a draft rather than creating a poll. */
  editing: boolean;
  busy: boolean;
  onChange: (patch: Partial<Omit<PollFormValues, 'options'>>) => void;
  onOptionChange: (index: number, label: string) => void;
  onOptionAdd: () => void;
  onOptionRemove: (index: number) => void;
  onSubmit: () => void;
  onCancelEdit: () => void;
  /** Focused after a failed submit. */
  summaryRef?: Ref<HTMLDivElement>;
}

export function PollForm(props: PollFormProps) {
  const { values, errors, agenda, editing, busy } = props;
  const { t } = useTranslation();
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  const showErrors = errors && hasPollErrors(errors) ? errors : null;
  const errorCount = showErrors ? [showErrors.question, showErrors.options, showErrors.maxChoices, ...showErrors.optionRows].filter(Boolean).length : 0;
  const fieldId = (name: string) => `${id}-${name}`;
  const described = (name: string, error: unknown, hint = false) =>
    [hint ? `${fieldId(name)}-hint` : null, error ? `${fieldId(name)}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form poll-form" onSubmit={submit} noValidate aria-busy={busy}>
      <div className={showErrors?.question ? 'field field--invalid' : 'field'}>
        <label htmlFor={fieldId('question')}>{t('polls.form.question')}</label>
        <textarea
          id={fieldId('question')}
          rows={2}
          value={values.question}
          maxLength={LIMITS.pollQuestion}
          data-testid="poll-question"
          required
          aria-invalid={showErrors?.question ? true : undefined}
          aria-describedby={described('question', showErrors?.question)}
          onChange={(event) => props.onChange({ question: event.target.value })}
        />
        <FieldErrorText id={`${fieldId('question')}-error`} error={showErrors?.question} />
      </div>

      <div className="form__row">
        <div className="field">
          <label htmlFor={fieldId('type')}>{t('polls.form.type')}</label>
          <select
            id={fieldId('type')}
            value={values.type}
            data-testid="poll-type"
            aria-describedby={`${fieldId('type')}-hint`}
            onChange={(event) => props.onChange({ type: event.target.value as PollType })}
          >
            {POLL_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`pollTypes.${type}`)}
              </option>
            ))}
          </select>
          <p id={`${fieldId('type')}-hint`} className="field__hint">
            {t(`polls.typeHints.${values.type}`)}
          </p>
        </div>
        <div className="field">
          <label htmlFor={fieldId('agenda')}>{t('polls.form.agenda')}</label>
          <select
            id={fieldId('agenda')}
            value={values.agendaItemId}
            data-testid="poll-agenda"
            onChange={(event) => props.onChange({ agendaItemId: event.target.value })}
          >
            <option value="">{t('polls.form.noAgenda')}</option>
            {agenda.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        </div>
      </div>

      {usesOptions(values.type) && (
        <fieldset className="options-editor" aria-describedby={showErrors?.options ? `${fieldId('options')}-error` : undefined}>
          <legend>{t('polls.form.options')}</legend>
          <p className="field__hint">{t('polls.form.optionsHint', { min: LIMITS.pollOptions.min, max: LIMITS.pollOptions.max })}</p>
          <ol className="options-editor__rows">
            {values.options.map((row, index) => {
              const rowError = showErrors?.optionRows[index];
              const inputId = `${fieldId('option')}-${row.key}`;
              return (
                <li key={row.key} className={rowError ? 'options-editor__row field--invalid' : 'options-editor__row'}>
                  <label htmlFor={inputId} className="visually-hidden">
                    {t('polls.form.option', { number: index + 1 })}
                  </label>
                  <input
                    id={inputId}
                    value={row.label}
                    maxLength={LIMITS.pollOption + 20}
                    placeholder={t('polls.form.option', { number: index + 1 })}
                    data-testid={`poll-option-${index}`}
                    aria-invalid={rowError ? true : undefined}
                    aria-describedby={rowError ? `${inputId}-error` : undefined}
                    onChange={(event) => props.onOptionChange(index, event.target.value)}
                  />
                  <button
                    type="button"
                    className="button button--quiet button--icon"
                    data-testid={`poll-option-remove-${index}`}
                    aria-label={t('polls.form.removeOption', { number: index + 1 })}
                    disabled={!canRemoveOption(values)}
                    onClick={() => props.onOptionRemove(index)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                  <FieldErrorText id={`${inputId}-error`} error={rowError} />
                </li>
              );
            })}
          </ol>
          <FieldErrorText id={`${fieldId('options')}-error`} error={showErrors?.options} />
          <button type="button" className="button" data-testid="poll-option-add" disabled={!canAddOption(values)} onClick={props.onOptionAdd}>
            {t('polls.form.addOption')}
          </button>
        </fieldset>
      )}

      {values.type === 'multiple' && (
        <div className={showErrors?.maxChoices ? 'field field--invalid field--short' : 'field field--short'}>
          <label htmlFor={fieldId('max')}>{t('polls.form.maxChoices')}</label>
          <p id={`${fieldId('max')}-hint`} className="field__hint">
            {t('polls.form.maxChoicesHint')}
          </p>
          <input
            id={fieldId('max')}
            type="number"
            inputMode="numeric"
            min={1}
            max={LIMITS.pollOptions.max}
            step={1}
            value={values.maxChoices}
            data-testid="poll-max-choices"
            aria-invalid={showErrors?.maxChoices ? true : undefined}
            aria-describedby={described('max', showErrors?.maxChoices, true)}
            onChange={(event) => props.onChange({ maxChoices: event.target.value })}
          />
          <FieldErrorText id={`${fieldId('max')}-error`} error={showErrors?.maxChoices} />
        </div>
      )}

      {values.type === 'rating' && (
        <div className="field field--short">
          <label htmlFor={fieldId('scale')}>{t('polls.form.scale')}</label>
          <select
            id={fieldId('scale')}
            value={values.scaleMax}
            data-testid="poll-scale"
            onChange={(event) => props.onChange({ scaleMax: Number(event.target.value) as RatingScale })}
          >
            {RATING_SCALES.map((scale) => (
              <option key={scale} value={scale}>
                {t('polls.form.scaleOption', { max: scale })}
              </option>
            ))}
          </select>
        </div>
      )}

      {values.type === 'ranking' && (
        <div className="field">
          <label htmlFor={fieldId('method')}>{t('polls.form.rankingMethod')}</label>
          <select
            id={fieldId('method')}
            value={values.rankingMethod}
            data-testid="poll-ranking-method"
            aria-describedby={`${fieldId('method')}-hint`}
            onChange={(event) => props.onChange({ rankingMethod: event.target.value as RankingMethod })}
          >
            {RANKING_METHODS.map((method) => (
              <option key={method} value={method}>
                {t(`rankingMethods.${method}`)}
              </option>
            ))}
          </select>
          <p id={`${fieldId('method')}-hint`} className="field__hint">
            {t(`polls.rankingExplain.${values.rankingMethod}`)}
          </p>
        </div>
      )}

      <div className="form__checks">
        <CheckboxField
          label={t('polls.form.resultsVisible')}
          hint={t('polls.form.resultsVisibleHint')}
          checked={values.resultsVisible}
          testId="poll-results-visible"
          onChange={(resultsVisible) => props.onChange({ resultsVisible })}
        />
        <CheckboxField
          label={t('polls.form.allowChange')}
          checked={values.allowChange}
          testId="poll-allow-change"
          onChange={(allowChange) => props.onChange({ allowChange })}
        />
      </div>

      <div ref={props.summaryRef} tabIndex={-1} className="form-error-slot">
        {showErrors && (
          <p role="alert" className="alert alert--error" data-testid="poll-form-error">
            {t('polls.form.fixErrors', { count: errorCount })}
          </p>
        )}
      </div>

      <div className="form__actions">
        <button type="submit" className="button button--primary button--large" data-testid="poll-create-submit" disabled={busy}>
          {editing ? t('polls.form.saveDraft') : t('polls.form.create')}
        </button>
        {editing && (
          <button type="button" className="button button--quiet button--large" data-testid="poll-edit-cancel" onClick={props.onCancelEdit}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
