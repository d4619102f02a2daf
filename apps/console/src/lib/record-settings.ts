import { isValidNumberPattern, NIP_PATTERN, RECORD_SETTINGS_LIMITS as L, type RecordSettings, type RecordSettingsView } from '@mufakat/contracts';
import { requiredText, type FieldError } from './validation';

/** The form's text fields, as typed; empty means "not set". */
export type RecordSettingsValues = { [K in Exclude<keyof RecordSettings, 'showHiddenQuestionTexts'>]: string } & { showHiddenQuestionTexts: boolean };

export type RecordSettingsErrors = Partial<Record<keyof RecordSettingsValues, FieldError>>;

/** The order the form shows its fields in, and the error summary lists them in. */
export const RECORD_SETTINGS_FIELDS = [
  'unitName',
  'unitCode',
  'parentBody',
  'address',
  'city',
  'numberPattern',
  'headName',
  'headPosition',
  'headNip',
  'acknowledgerName',
  'acknowledgerPosition',
  'acknowledgerNip',
] as const satisfies ReadonlyArray<keyof RecordSettingsValues>;

const MAX: Record<(typeof RECORD_SETTINGS_FIELDS)[number], number> = {
  unitName: L.unitName,
  unitCode: L.unitCode,
  parentBody: L.parentBody,
  address: L.address,
  city: L.city,
  numberPattern: L.numberPattern,
  headName: L.personName,
  headPosition: L.position,
  headNip: 24,
  acknowledgerName: L.personName,
  acknowledgerPosition: L.position,
  acknowledgerNip: 24,
};

export function recordSettingsValues(view: RecordSettingsView): RecordSettingsValues {
  const values = Object.fromEntries(RECORD_SETTINGS_FIELDS.map((field) => [field, view[field] ?? ''])) as Omit<RecordSettingsValues, 'showHiddenQuestionTexts'>;
  return { ...values, showHiddenQuestionTexts: view.showHiddenQuestionTexts };
}

/** The server's rules, checked before the round trip: the server checks them again. */
export function validateRecordSettings(values: RecordSettingsValues): RecordSettingsErrors {
  const errors: RecordSettingsErrors = {};
  const optional = (field: (typeof RECORD_SETTINGS_FIELDS)[number]): FieldError | undefined =>
    values[field].trim().length > MAX[field] ? { key: 'tooLong', values: { max: MAX[field] } } : undefined;
  for (const field of RECORD_SETTINGS_FIELDS) {
    const error = optional(field);
    if (error) errors[field] = error;
  }
  const unitName = requiredText(values.unitName, L.unitName);
  if (unitName) errors.unitName = unitName;
  const unitCode = requiredText(values.unitCode, L.unitCode);
  if (unitCode) errors.unitCode = unitCode;
  else if (/[\s/{}]/.test(values.unitCode.trim())) errors.unitCode = { key: 'unitCode' };
  if (values.numberPattern.trim() && !isValidNumberPattern(values.numberPattern.trim())) errors.numberPattern = { key: 'numberPattern' };
  for (const [name, position, nip] of [
    ['headName', 'headPosition', 'headNip'],
    ['acknowledgerName', 'acknowledgerPosition', 'acknowledgerNip'],
  ] as const) {
    if (values[name].trim() && !values[position].trim()) errors[position] = { key: 'required' };
    if (values[nip].trim() && !NIP_PATTERN.test(values[nip].trim())) errors[nip] = { key: 'nip' };
  }
  return errors;
}

export function toRecordSettings(values: RecordSettingsValues): RecordSettings {
  const text = (field: (typeof RECORD_SETTINGS_FIELDS)[number]): string | null => values[field].trim() || null;
  return {
    unitName: values.unitName.trim(),
    unitCode: values.unitCode.trim(),
    parentBody: text('parentBody'),
    address: text('address'),
    city: text('city'),
    numberPattern: text('numberPattern'),
    headName: text('headName'),
    headPosition: text('headPosition'),
    headNip: text('headNip'),
    acknowledgerName: text('acknowledgerName'),
    acknowledgerPosition: text('acknowledgerPosition'),
    acknowledgerNip: text('acknowledgerNip'),
    showHiddenQuestionTexts: values.showHiddenQuestionTexts,
  };
}

/** The logo input's choice, checked before it is sent only to be refused. */
export function validateLogo(file: { type: string; size: number } | null): FieldError | undefined {
  if (!file) return { key: 'choose' };
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') return { key: 'photoType' };
  if (file.size > L.logoBytes) return { key: 'logoTooLarge', values: { max: L.logoBytes / 1024 } };
  return undefined;
}
