import type { ApiError } from '@mufakat/client';
import { LIMITS, PASSWORD_POLICY, type ChangePasswordRequest, type LoginRequest, type SignupRequest } from '@mufakat/contracts';
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
  const password = newPasswordError(values.password);
  if (password) errors.password = password;
  return errors;
}

/** What the browser can tell about a new password; whether it is too common only the api knows. */
export function newPasswordError(password: string): FieldError | undefined {
  if (password.length < PASSWORD_POLICY.min) return { key: 'tooShort', values: { min: PASSWORD_POLICY.min } };
  if (password.length > PASSWORD_POLICY.max) return { key: 'tooLong', values: { max: PASSWORD_POLICY.max } };
  return undefined;
}

/** The change-password form, with the new password typed twice. */
export interface ChangePasswordValues extends ChangePasswordRequest {
  confirmPassword: string;
}

export function validateChangePassword(values: ChangePasswordValues): AuthErrors<keyof ChangePasswordValues> {
  const errors: AuthErrors<keyof ChangePasswordValues> = {};
  if (!values.currentPassword) errors.currentPassword = { key: 'required' };
  const password = newPasswordError(values.newPassword);
  if (password) errors.newPassword = password;
  else if (values.confirmPassword !== values.newPassword) errors.confirmPassword = { key: 'passwordMismatch' };
  return errors;
}

/**
 * The api's word on a password field (`password` at sign-up, `newPassword` or `currentPassword` when changing it),
 * as a message in the reader's language; undefined when the error is about something else.
 */
export function passwordErrorFromApi(error: ApiError | null, field: string): FieldError | undefined {
  if (error?.code !== 'VALIDATION_FAILED') return undefined;
  const detail = error.details.find((line) => line.startsWith(`${field} `) || line.startsWith(`${field}:`));
  if (!detail) return undefined;
  if (detail.includes('most common')) return { key: 'passwordCommon' };
  if (detail.includes('different characters') || detail.includes('consecutive')) return { key: 'passwordSimple' };
  if (detail.includes('at least')) return { key: 'tooShort', values: { min: PASSWORD_POLICY.min } };
  if (field === 'currentPassword') return { key: 'passwordWrong' };
  if (detail.includes('must differ')) return { key: 'passwordUnchanged' };
  return undefined;
}

/** Emails are compared case-insensitively by people; send them trimmed. */
export function normaliseSignup(values: SignupRequest): SignupRequest {
  return { name: values.name.trim(), email: values.email.trim(), password: values.password };
}

export function normaliseLogin(values: LoginRequest): LoginRequest {
  return { email: values.email.trim(), password: values.password };
}
