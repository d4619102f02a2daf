import type { RecordSettingsView } from '@mufakat/contracts';
import { recordSettingsValues, toRecordSettings, validateLogo, validateRecordSettings } from './record-settings';

const view: RecordSettingsView = {
  unitId: null,
  suggested: false,
  hasLogo: false,
  unitName: 'Dinas Sosial',
  unitCode: 'Dinsos',
  parentBody: null,
  address: null,
  city: 'Purwokerto',
  numberPattern: '000.5/{n}/{unit}/{year}',
  headName: null,
  headPosition: null,
  headNip: null,
  acknowledgerName: null,
  acknowledgerPosition: null,
  acknowledgerNip: null,
  showHiddenQuestionTexts: false,
};

describe(validateRecordSettings.name, () => {
  const values = recordSettingsValues(view);

  it('takes a complete form', () => {
    expect(validateRecordSettings(values)).toEqual({});
  });

  it('names each field that is wrong', () => {
    expect(
      validateRecordSettings({
        ...values,
        unitName: ' ',
        unitCode: 'Din sos',
        numberPattern: '000.5/{unit}',
        headName: 'Dra. Sri',
        headNip: '123',
        acknowledgerNip: '19680512 199303 2 004',
        city: 'x'.repeat(101),
      }),
    ).toEqual({
      unitName: { key: 'required' },
      unitCode: { key: 'unitCode' },
      numberPattern: { key: 'numberPattern' },
      headPosition: { key: 'required' },
      headNip: { key: 'nip' },
      city: { key: 'tooLong', values: { max: 100 } },
    });
  });
});

describe(toRecordSettings.name, () => {
  it('trims, and sends empty fields as not set', () => {
    expect(toRecordSettings({ ...recordSettingsValues(view), unitName: ' Dinas Sosial ', city: ' ' })).toMatchObject({
      unitName: 'Dinas Sosial',
      city: null,
      parentBody: null,
    });
  });
});

describe(validateLogo.name, () => {
  it('takes a small PNG or JPEG only', () => {
    expect(validateLogo({ type: 'image/png', size: 10_000 })).toBeUndefined();
    expect(validateLogo({ type: 'image/svg+xml', size: 10_000 })).toEqual({ key: 'photoType' });
    expect(validateLogo({ type: 'image/jpeg', size: 2 * 1024 * 1024 })).toEqual({ key: 'logoTooLarge', values: { max: 1024 } });
    expect(validateLogo(null)).toEqual({ key: 'choose' });
  });
});
