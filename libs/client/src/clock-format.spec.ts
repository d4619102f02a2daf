import { formatClock } from './clock-format';

describe(formatClock.name, () => {
  it('writes minutes and two-digit seconds, and hours only when needed', () => {
    expect([formatClock(0), formatClock(9), formatClock(75), formatClock(600)]).toEqual(['0:00', '0:09', '1:15', '10:00']);
    expect(formatClock(3725)).toBe('1:02:05');
  });

  it('never shows a negative or fractional time', () => {
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(59.9)).toBe('0:59');
  });
});
