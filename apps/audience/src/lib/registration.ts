import {
  ATTENDANCE_MODES,
  LIMITS,
  STAKEHOLDER_CATEGORIES,
  type AckError,
  type AttendanceMode,
  type RegisterParticipantRequest,
  type StakeholderCategory,
} from '@mufakat/contracts';

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

/**
 * A refusal of the registration as a whole, as a message key: too many from this network or forum just now (with
 * the wait the server gave), or this browser's attendee was voided by staff. Null for other errors.
 */
export function registrationRefusal(
  error: Pick<AckError, 'code' | 'retryAfterMs'>,
): { key: 'register.tooMany'; seconds: number } | { key: 'register.voided' } | null {
  if (error.code === 'FORBIDDEN') return { key: 'register.voided' };
  if (error.code !== 'RATE_LIMITED') return null;
  return { key: 'register.tooMany', seconds: Math.max(1, Math.ceil((error.retryAfterMs ?? 60_000) / 1000)) };
}
