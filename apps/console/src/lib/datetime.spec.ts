import { formatCalendarDate, formatDateTime, isCalendarDate, localInputToIso } from './datetime';

describe('localInputToIso', () => {
  it('reads the input as local wall-clock time (UTC in tests)', () => {
    expect(localInputToIso('2026-12-01T09:30')).toBe('2026-12-01T09:30:00.000Z');
    expect(localInputToIso('2026-12-01T09:30:15')).toBe('2026-12-01T09:30:15.000Z');
  });

  it('is the same instant as that wall-clock time built in the local zone', () => {
    expect(localInputToIso('2027-06-15T23:45')).toBe(new Date(2027, 5, 15, 23, 45).toISOString());
  });

  it.each(['', 'tomorrow', '2026-12-01', '2026-13-01T09:00', '2026-02-30T10:00', '2026-04-31T10:00', '01/12/2026 09:30'])('rejects %p', (value) => {
    expect(localInputToIso(value)).toBeNull();
  });

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

describe('calendar dates', () => {
  it('knows which YYYY-MM-DD dates exist', () => {
    expect(isCalendarDate('2027-03-31')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const value of ['2027-02-29', '2027-04-31', '2027-3-1', '31-03-2027', '', '2027-03-31T00:00']) expect(isCalendarDate(value)).toBe(false);
  });

  it('writes a deadline as the same day in any zone', () => {
    expect(formatCalendarDate('2027-03-31', 'id')).toBe('31 Maret 2027');
    expect(formatCalendarDate('2027-03-31', 'en')).toBe('31 March 2027');
    expect(formatCalendarDate('not a date', 'id')).toBe('not a date');
  });
});
