import { useState, type FormEvent } from 'react';
import {
  ATTENDANCE_MODES,
  LIMITS,
  STAKEHOLDER_CATEGORIES,
  type AttendanceMode,
  type RegisterParticipantRequest,
  type StakeholderCategory,
} from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';
import {
  emptyRegistration,
  registrationProblems,
  toRegisterRequest,
  type FormFailure,
  type RegistrationField,
  type RegistrationValues,
} from '../lib/registration';

interface Props {
  submitting: boolean;
  failure: FormFailure | null;
  /** The attendee started filling the form in (first focus). */
  onStart?: () => void;
  onRegister: (request: RegisterParticipantRequest) => void;
}

export function RegistrationForm({ submitting, failure, onStart, onRegister }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<RegistrationValues>(emptyRegistration);
  const [problems, setProblems] = useState<RegistrationField[]>([]);
  const set = <K extends RegistrationField>(field: K, value: RegistrationValues[K]) => setValues((current) => ({ ...current, [field]: value }));
  const invalid = (field: RegistrationField) => (problems.includes(field) ? true : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = registrationProblems(values);
    setProblems(found);
    const request = toRegisterRequest(values);
    if (request && !submitting) onRegister(request);
  };

  const shown: FormFailure | null = problems.length
    ? { message: t('register.check'), details: problems.map((field) => t(`register.${field}Missing`)) }
    : failure;

  return (
    <form onSubmit={submit} onFocusCapture={onStart} noValidate aria-labelledby="register-heading">
      <h2 id="register-heading">{t('register.heading')}</h2>
      <label htmlFor="register-name">{t('register.name')}</label>
      <input
        id="register-name"
        data-testid="register-name"
        autoComplete="name"
        maxLength={LIMITS.name}
        required
        aria-invalid={invalid('name')}
        value={values.name}
        onChange={(event) => set('name', event.target.value)}
      />
      <label htmlFor="register-institution">{t('register.institution')}</label>
      <input
        id="register-institution"
        data-testid="register-institution"
        autoComplete="organization"
        maxLength={LIMITS.institution}
        required
        aria-invalid={invalid('institution')}
        value={values.institution}
        onChange={(event) => set('institution', event.target.value)}
      />
      <label htmlFor="register-category">{t('register.category')}</label>
      <select
        id="register-category"
        data-testid="register-category"
        required
        aria-invalid={invalid('category')}
        value={values.category}
        onChange={(event) => set('category', event.target.value as StakeholderCategory | '')}
      >
        <option value="">{t('register.choose')}</option>
        {STAKEHOLDER_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {t(`category.${category}`)}
          </option>
        ))}
      </select>
      <fieldset role="radiogroup" aria-labelledby="register-mode" aria-invalid={invalid('mode')}>
        <legend id="register-mode">{t('register.mode')}</legend>
        {ATTENDANCE_MODES.map((mode: AttendanceMode) => (
          <label key={mode} className="choice">
            <input
              type="radio"
              name="mode"
              value={mode}
              data-testid={`register-mode-${mode}`}
              required
              checked={values.mode === mode}
              onChange={() => set('mode', mode)}
            />
            {t(`mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      {shown && (
        <div className="error" role="alert" data-testid="form-error">
          <p>{shown.message}</p>
          {shown.details.length > 0 && (
            <ul>
              {shown.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <button type="submit" className="primary" data-testid="register-submit" aria-disabled={submitting}>
        {submitting ? t('register.submitting') : t('register.submit')}
      </button>
    </form>
  );
}
