import {
  ATTENDANCE_MODES,
  LIMITS,
  STAKEHOLDER_CATEGORIES,
  type AckError,
  type AttendanceMode,
  type RegisterParticipantRequest,
  type StakeholderCategory,
} from '@mufakat/contracts';
import type { Translate } from '../i18n/translator';
import { errorMessage } from './error-message';

/** What the form holds while the attendee fills it in: selections may still be empty. */
export interface RegistrationValues {
  name: string;
  institution: string;
  category: StakeholderCategory | '';
  mode: AttendanceMode | '';
}

export type RegistrationField = keyof RegistrationValues;

export const emptyRegistration: RegistrationValues = { name: '', institution: '', category: '', mode: '' };

const isCategory = (value: string): value is StakeholderCategory => (STAKEHOLDER_CATEGORIES as readonly string[]).includes(value);
const isMode = (value: string): value is AttendanceMode => (ATTENDANCE_MODES as readonly string[]).includes(value);

/** Fields that block submission, in form order; the server still validates everything. */
export function registrationProblems(values: RegistrationValues): RegistrationField[] {
  const problems: RegistrationField[] = [];
  const name = values.name.trim();
  const institution = values.institution.trim();
  if (name === '' || name.length > LIMITS.name) problems.push('name');
  if (institution === '' || institution.length > LIMITS.institution) problems.push('institution');
  if (!isCategory(values.category)) problems.push('category');
  if (!isMode(values.mode)) problems.push('mode');
  return problems;
}

/** The request body, or null while the form is incomplete; the device key makes a second registration a restore. */
export function toRegisterRequest(values: RegistrationValues, deviceKey: string | null = null): RegisterParticipantRequest | null {
  const { category, mode } = values;
  if (registrationProblems(values).length > 0 || !isCategory(category) || !isMode(mode)) return null;
  return { name: values.name.trim(), institution: values.institution.trim(), category, mode, ...(deviceKey ? { deviceKey } : {}) };
}

/** A refusal to show above the submit button: a sentence plus field messages. */
export interface FormFailure {
  message: string;
  details: string[];
}

/**
 * What the form says when the server refuses: a known reason (a limit with its wait, a voided device, an unknown
 * code, a field the server would not take) in its own words; field messages of an unnamed validation failure under
 * "check the following"; anything else as "registration failed" with the error's words.
 */
export function registrationFailure(error: Pick<AckError, 'code' | 'message' | 'reason' | 'retryAfterMs' | 'details'>, t: Translate): FormFailure {
  if (error.reason) return { message: errorMessage(error, t), details: [] };
  const details = error.details ?? [];
  if (error.code === 'VALIDATION_FAILED' && details.length > 0) return { message: t('register.check'), details };
  return { message: t('register.failed', { message: errorMessage(error, t) }), details: [] };
}
