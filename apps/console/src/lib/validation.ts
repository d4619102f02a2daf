/** A client-side validation message: an i18next key under `validation.` and its values. */
export interface FieldError {
  key:
    | 'required'
    | 'tooLong'
    | 'tooShort'
    | 'invalidEmail'
    | 'invalidDate'
    | 'invalidUrl'
    | 'minutesRange'
    | 'agendaTooMany'
    | 'optionsTooFew'
    | 'optionDuplicate'
    | 'maxChoicesRange'
    | 'speakerMinutesRange'
    | 'invalidCalendarDate'
    | 'deadlineOrTimeFrame'
    | 'choose'
    | 'photoType'
    | 'photoTooLarge'
    | 'photosTooMany'
    | 'passwordCommon'
    | 'passwordSimple'
    | 'passwordMismatch'
    | 'passwordWrong'
    | 'passwordUnchanged'
    | 'numberPattern'
    | 'nip'
    | 'unitCode'
    | 'logoTooLarge'
    | 'followUpProgress'
    | 'evidenceTooMany'
    | 'evidenceTooLarge'
    | 'evidenceType';
  values?: Record<string, number>;
}

export function requiredText(value: string, max: number): FieldError | undefined {
  const trimmed = value.trim();
  if (!trimmed) return { key: 'required' };
  if (trimmed.length > max) return { key: 'tooLong', values: { max } };
  return undefined;
}

// Deliberately loose: the server decides; this only catches obvious typos before a round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailError(value: string, max: number): FieldError | undefined {
  const missing = requiredText(value, max);
  if (missing) return missing;
  return EMAIL.test(value.trim()) ? undefined : { key: 'invalidEmail' };
}

export function httpUrlError(value: string): FieldError | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : { key: 'invalidUrl' };
  } catch {
    return { key: 'invalidUrl' };
  }
}
