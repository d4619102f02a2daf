import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@mufakat/client';
import { PASSWORD_POLICY, type ChangePasswordRequest } from '@mufakat/contracts';
import { passwordErrorFromApi, validateChangePassword, type AuthErrors, type ChangePasswordValues } from '../lib/auth-form';
import { ApiErrorAlert } from './ApiErrorAlert';
import { TextField } from './TextField';

interface ChangePasswordFormProps {
  busy: boolean;
  error: ApiError | null;
  /** Resolves true when the password was changed, so the form can clear itself. */
  onSubmit: (request: ChangePasswordRequest) => Promise<boolean>;
}

/** The api's error without its English details, which the fields now say in the reader's language. */
const withoutDetails = (error: ApiError) => new ApiError(error.status, error.code, error.message, [], error.reason);

const EMPTY: ChangePasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePasswordForm({ busy, error, onSubmit }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ChangePasswordValues>(EMPTY);
  const [errors, setErrors] = useState<AuthErrors<keyof ChangePasswordValues>>({});
  // The api's verdict on a field is shown at the field, in the reader's language, instead of in the alert.
  const fromApi = {
    currentPassword: passwordErrorFromApi(error, 'currentPassword'),
    newPassword: passwordErrorFromApi(error, 'newPassword'),
  };
  const apiErrorAtField = fromApi.currentPassword !== undefined || fromApi.newPassword !== undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateChangePassword(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (await onSubmit({ currentPassword: values.currentPassword, newPassword: values.newPassword })) setValues(EMPTY);
  };

  return (
    <form className="form form--narrow" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} data-testid="change-password-form">
      <TextField
        label={t('account.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        testId="current-password"
        value={values.currentPassword}
        error={errors.currentPassword ?? fromApi.currentPassword}
        onValueChange={(currentPassword) => setValues({ ...values, currentPassword })}
      />
      <TextField
        label={t('account.newPassword')}
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_POLICY.min}
        hint={t('auth.passwordHint', { min: PASSWORD_POLICY.min })}
        testId="new-password"
        value={values.newPassword}
        error={errors.newPassword ?? fromApi.newPassword}
        onValueChange={(newPassword) => setValues({ ...values, newPassword })}
      />
      <TextField
        label={t('account.confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        testId="confirm-password"
        value={values.confirmPassword}
        error={errors.confirmPassword}
        onValueChange={(confirmPassword) => setValues({ ...values, confirmPassword })}
      />
      <ApiErrorAlert
        error={apiErrorAtField && error ? withoutDetails(error) : error}
        message={apiErrorAtField ? t('validation.checkFields') : undefined}
        testId="change-password-error"
      />
      <button type="submit" className="button button--primary button--large" data-testid="change-password-submit" disabled={busy}>
        {busy ? t('account.changing') : t('account.change')}
      </button>
    </form>
  );
}
