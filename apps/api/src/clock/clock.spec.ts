import { calendarDateIn } from './clock';

describe('calendarDateIn', () => {
  it("gives the date in the zone, not the server's", () => {
    const instant = new Date('2026-12-31T18:30:00Z');
    expect(calendarDateIn(instant, 'Asia/Jakarta')).toBe('2027-01-01');
    expect(calendarDateIn(instant, 'UTC')).toBe('2026-12-31');
  });
});
