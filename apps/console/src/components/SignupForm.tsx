import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@mufakat/client';
import { PASSWORD_POLICY, type SignupRequest } from '@mufakat/contracts';
import { normaliseSignup, passwordErrorFromApi, validateSignup, type AuthErrors } from '../lib/auth-form';
import { TextField } from './TextField';

interface SignupFormProps {
  busy: boolean;
  /** The api's last answer: a password it refused is shown at the field. */
  error?: ApiError | null;
  onSubmit: (request: SignupRequest) => void;
}

export function SignupForm({ busy, error = null, onSubmit }: SignupFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<SignupRequest>({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<AuthErrors<keyof SignupRequest>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateSignup(values);
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(normaliseSignup(values));
  };

  return (
    <form className="form form--narrow" onSubmit={submit} noValidate aria-busy={busy}>
      <TextField
        label={t('auth.name')}
        autoComplete="name"
        required
        testId="signup-name"
        value={values.name}
        error={errors.name}
        onValueChange={(name) => setValues({ ...values, name })}
      />
      <TextField
        label={t('auth.email')}
        type="email"
        autoComplete="email"
        required
        testId="signup-email"
        value={values.email}
        error={errors.email}
        onValueChange={(email) => setValues({ ...values, email })}
      />
      <TextField
        label={t('auth.password')}
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_POLICY.min}
        hint={t('auth.passwordHint', { min: PASSWORD_POLICY.min })}
        testId="signup-password"
        value={values.password}
        error={errors.password ?? passwordErrorFromApi(error, 'password')}
        onValueChange={(password) => setValues({ ...values, password })}
      />
      <button type="submit" className="button button--primary button--large" data-testid="signup-submit" disabled={busy}>
        {busy ? t('auth.signingUp') : t('auth.submitSignup')}
      </button>
    </form>
  );
}
