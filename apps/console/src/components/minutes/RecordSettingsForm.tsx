import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@mufakat/client';
import { apiPaths, RECORD_SETTINGS_LIMITS, type RecordSettingsView } from '@mufakat/contracts';
import {
  RECORD_SETTINGS_FIELDS,
  recordSettingsValues,
  validateLogo,
  validateRecordSettings,
  type RecordSettingsErrors,
  type RecordSettingsValues,
} from '../../lib/record-settings';
import type { FieldError } from '../../lib/validation';
import { ApiErrorAlert } from '../ApiErrorAlert';
import { CheckboxField } from '../CheckboxField';
import { FieldErrorText } from '../FieldErrorText';
import { TextField } from '../TextField';

interface RecordSettingsFormProps {
  forumId: string;
  settings: RecordSettingsView;
  /** 'save', 'logo', 'remove-logo' or null. */
  busyKey: string | null;
  error: ApiError | null;
  onSave: (values: RecordSettingsValues) => Promise<boolean>;
  onUploadLogo: (file: File) => Promise<boolean>;
  onRemoveLogo: () => void;
}

type Field = (typeof RECORD_SETTINGS_FIELDS)[number];

const GROUPS: Array<{ legend: string; fields: Field[] }> = [
  { legend: 'letterhead', fields: ['unitName', 'unitCode', 'parentBody', 'address', 'city'] },
  { legend: 'numbering', fields: ['numberPattern'] },
  { legend: 'head', fields: ['headName', 'headPosition', 'headNip'] },
  { legend: 'acknowledger', fields: ['acknowledgerName', 'acknowledgerPosition', 'acknowledgerNip'] },
];
const REQUIRED: ReadonlySet<Field> = new Set(['unitName', 'unitCode']);
const HINTED: ReadonlySet<Field> = new Set(['unitCode', 'numberPattern', 'headNip', 'acknowledgerNip', 'city']);

/** The Berita Acara's official form: letterhead, numbering, who signs for the provider and who acknowledges. */
export function RecordSettingsForm({ forumId, settings, busyKey, error, onSave, onUploadLogo, onRemoveLogo }: RecordSettingsFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<RecordSettingsValues>(() => recordSettingsValues(settings));
  const [errors, setErrors] = useState<RecordSettingsErrors | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => setValues(recordSettingsValues(settings)), [settings]);

  const label = (field: Field) =>
    REQUIRED.has(field) ? t(`recordSettings.fields.${field}`) : t('forumForm.optional', { label: t(`recordSettings.fields.${field}`) });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validateRecordSettings(values);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      summary.current?.focus();
      return;
    }
    await onSave(values);
  };
  const lines = errors ? RECORD_SETTINGS_FIELDS.filter((field) => errors[field]).map((field) => ({ field, error: errors[field] as FieldError })) : [];

  return (
    <>
      {settings.suggested && (
        <p className="alert alert--info" data-testid="record-settings-suggested">
          {t('recordSettings.suggested')}
        </p>
      )}
      <form
        className="form record-settings"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-busy={busyKey === 'save'}
        data-testid="record-settings-form"
      >
        <div ref={summary} tabIndex={-1} className="form-error-slot">
          {lines.length > 0 && (
            <div role="alert" className="alert alert--error" data-testid="record-settings-errors">
              <p className="alert__title">{t('forumForm.fixErrors', { count: lines.length })}</p>
              <ul>
                {lines.map(({ field, error: fieldError }) => (
                  <li key={field}>
                    {t(`recordSettings.fields.${field}`)}: {t(`validation.${fieldError.key}`, fieldError.values ?? {})}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        {GROUPS.map((group) => (
          <fieldset key={group.legend} className="fieldset">
            <legend>{t(`recordSettings.groups.${group.legend}`)}</legend>
            {group.fields.map((field) => (
              <TextField
                key={field}
                label={label(field)}
                value={values[field]}
                testId={`record-${field}`}
                hint={HINTED.has(field) ? t(`recordSettings.hints.${field}`) : undefined}
                error={errors?.[field]}
                required={REQUIRED.has(field)}
                onValueChange={(value) => setValues((previous) => ({ ...previous, [field]: value }))}
              />
            ))}
          </fieldset>
        ))}
        <CheckboxField
          label={t('recordSettings.fields.showHiddenQuestionTexts')}
          hint={t('recordSettings.hints.showHiddenQuestionTexts')}
          checked={values.showHiddenQuestionTexts}
          testId="record-showHiddenQuestionTexts"
          onChange={(checked) => setValues((previous) => ({ ...previous, showHiddenQuestionTexts: checked }))}
        />
        <ApiErrorAlert error={busyKey === null ? error : null} testId="record-settings-error" />
        <div className="form__actions">
          <button type="submit" className="button button--primary" data-testid="record-settings-save" disabled={busyKey === 'save'}>
            {busyKey === 'save' ? t('recordSettings.saving') : t('recordSettings.save')}
          </button>
        </div>
      </form>
      {settings.unitId && <LogoForm forumId={forumId} hasLogo={settings.hasLogo} busyKey={busyKey} onUpload={onUploadLogo} onRemove={onRemoveLogo} />}
    </>
  );
}

function LogoForm({
  forumId,
  hasLogo,
  busyKey,
  onUpload,
  onRemove,
}: {
  forumId: string;
  hasLogo: boolean;
  busyKey: string | null;
  onUpload: (file: File) => Promise<boolean>;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<FieldError | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validateLogo(file);
    setError(problem);
    if (problem) {
      input.current?.focus();
      return;
    }
    if (file && (await onUpload(file))) {
      setFile(null);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <form className="form record-logo" onSubmit={(event) => void submit(event)} noValidate aria-busy={busyKey === 'logo'}>
      {hasLogo && <img className="record-logo__image" src={apiPaths.recordSettingsLogo(forumId)} alt={t('recordSettings.logoAlt')} width={80} height={80} />}
      <div className={error ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-logo`}>{t('recordSettings.logo')}</label>
        <p id={`${id}-hint`} className="field__hint">
          {t('recordSettings.hints.logo', { max: RECORD_SETTINGS_LIMITS.logoBytes / 1024 })}
        </p>
        <input
          ref={input}
          id={`${id}-logo`}
          type="file"
          accept="image/png,image/jpeg"
          data-testid="record-logo-file"
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            setError(chosen ? validateLogo(chosen) : undefined);
          }}
        />
        <FieldErrorText id={`${id}-error`} error={error} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button" data-testid="record-logo-upload" disabled={busyKey === 'logo'}>
          {t('recordSettings.uploadLogo')}
        </button>
        {hasLogo && (
          <button type="button" className="button button--reject" data-testid="record-logo-remove" disabled={busyKey === 'remove-logo'} onClick={onRemove}>
            {t('recordSettings.removeLogo')}
          </button>
        )}
      </div>
    </form>
  );
}
