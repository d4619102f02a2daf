import { formatDateTime, localInputToIso } from './datetime';

describe('localInputToIso', () => {
  it('reads the input as local wall-clock time (UTC in tests)', () => {
    expect(localInputToIso('2026-12-01T09:30')).toBe('2026-12-01T09:30:00.000Z');
    expect(localInputToIso('2026-12-01T09:30:15')).toBe('2026-12-01T09:30:15.000Z');
  });

  it('is the same instant as that wall-clock time built in the local zone', () => {
    expect(localInputToIso('2027-06-15T23:45')).toBe(new Date(2027, 5, 15, 23, 45).toISOString());
  });

  it.each(['', 'tomorrow', '2026-12-01', '2026-13-01T09:00', '2026-02-30T10:00', '2026-04-31T10:00', '01/12/2026 09:30'])(
    'rejects %p',
    (value) => {
      expect(localInputToIso(value)).toBeNull();
    },
  );

  it('accepts a leap day only in a leap year', () => {
    expect(localInputToIso('2028-02-29T08:00')).toBe('2028-02-29T08:00:00.000Z');
    expect(localInputToIso('2027-02-29T08:00')).toBeNull();
  });
});

describe('formatDateTime', () => {
  it('formats in the chosen language', () => {
    const iso = '2026-12-01T09:30:00.000Z';
    expect(formatDateTime(iso, 'id')).toMatch(/Desember 2026/);
    expect(formatDateTime(iso, 'en')).toMatch(/December 2026/);
  });

  it('shows the raw value rather than "Invalid Date"', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});
