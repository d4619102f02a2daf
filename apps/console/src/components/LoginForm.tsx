import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginRequest } from '@mufakat/contracts';
import { normaliseLogin, validateLogin, type AuthErrors } from '../lib/auth-form';
import { TextField } from './TextField';

interface LoginFormProps {
  busy: boolean;
  onSubmit: (request: LoginRequest) => void;
}

export function LoginForm({ busy, onSubmit }: LoginFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<LoginRequest>({ email: '', password: '' });
  const [errors, setErrors] = useState<AuthErrors<keyof LoginRequest>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateLogin(values);
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(normaliseLogin(values));
  };

  return (
    <form className="form form--narrow" onSubmit={submit} noValidate aria-busy={busy}>
      <TextField
        label={t('auth.email')}
        type="email"
        autoComplete="username"
        required
        testId="login-email"
        value={values.email}
        error={errors.email}
        onValueChange={(email) => setValues({ ...values, email })}
      />
      <TextField
        label={t('auth.password')}
        type="password"
        autoComplete="current-password"
        required
        testId="login-password"
        value={values.password}
        error={errors.password}
        onValueChange={(password) => setValues({ ...values, password })}
      />
      <button type="submit" className="button button--primary button--large" data-testid="login-submit" disabled={busy}>
        {busy ? t('auth.signingIn') : t('auth.submitLogin')}
      </button>
    </form>
  );
}
