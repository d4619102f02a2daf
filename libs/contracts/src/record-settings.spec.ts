import { formatDocumentNumber, isValidNumberPattern, NIP_PATTERN } from './record-settings';

describe(formatDocumentNumber.name, () => {
  it('fills every placeholder', () => {
    expect(formatDocumentNumber('000.5/{n}/{unit}/{year}', { n: 12, unitCode: 'Dinsos', year: 2024, month: 10 })).toBe('000.5/12/Dinsos/2024');
    expect(formatDocumentNumber('BA-{n}/{month}/{year}', { n: 3, unitCode: 'x', year: 2024, month: 10 })).toBe('BA-3/X/2024');
  });
});

describe(isValidNumberPattern.name, () => {
  it('needs {n} and knows only its placeholders', () => {
    expect(isValidNumberPattern('000.5/{n}/{unit}/{year}')).toBe(true);
    expect(isValidNumberPattern('000.5/{unit}/{year}')).toBe(false);
    expect(isValidNumberPattern('000.5/{n}/{tahun}')).toBe(false);
    expect(isValidNumberPattern('000.5/{n}/{year')).toBe(false);
  });
});

describe('NIP_PATTERN', () => {
  it('takes 18 digits, grouped or not', () => {
    expect(NIP_PATTERN.test('19680512 199303 2 004')).toBe(true);
    expect(NIP_PATTERN.test('196805121993032004')).toBe(true);
    expect(NIP_PATTERN.test('1968051219930320')).toBe(false);
    expect(NIP_PATTERN.test('19680512 199303 2 00A')).toBe(false);
  });
});
