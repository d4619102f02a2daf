import { LIMITS, type LoginRequest, type SignupRequest } from '@mufakat/contracts';
import { emailError, requiredText, type FieldError } from './validation';

export type AuthErrors<F extends string> = Partial<Record<F, FieldError>>;

export function validateLogin(values: LoginRequest): AuthErrors<keyof LoginRequest> {
  const errors: AuthErrors<keyof LoginRequest> = {};
  const email = emailError(values.email, LIMITS.email);
  if (email) errors.email = email;
  if (!values.password) errors.password = { key: 'required' };
  return errors;
}

export function validateSignup(values: SignupRequest): AuthErrors<keyof SignupRequest> {
  const errors: AuthErrors<keyof SignupRequest> = {};
  const name = requiredText(values.name, LIMITS.name);
  if (name) errors.name = name;
  const email = emailError(values.email, LIMITS.email);
  if (email) errors.email = email;
  if (values.password.length < LIMITS.password.min) {
    errors.password = { key: 'tooShort', values: { min: LIMITS.password.min } };
  } else if (values.password.length > LIMITS.password.max) {
    errors.password = { key: 'tooLong', values: { max: LIMITS.password.max } };
  }
  return errors;
}

/** Emails are compared case-insensitively by people; send them trimmed. */
export function normaliseSignup(values: SignupRequest): SignupRequest {
  return { name: values.name.trim(), email: values.email.trim(), password: values.password };
}

export function normaliseLogin(values: LoginRequest): LoginRequest {
  return { email: values.email.trim(), password: values.password };
}
