import { CHECK_IN } from '@mufakat/contracts';
import { checkInCodeAt, checkInCodeStatus, currentCheckInCode, EXPIRED_CODE_PERIODS, isCheckInCodeValid } from './check-in-code';

const PERIOD_MS = CHECK_IN.periodSeconds * 1000;
const secret = 'a'.repeat(64);
const periodStart = 5_000 * PERIOD_MS;

describe('check-in codes', () => {
  it('are six digits, the same for every replica, different per period and per forum', () => {
    const code = checkInCodeAt(secret, 5_000);
    expect(code).toMatch(/^\d{6}$/);
    expect(checkInCodeAt(secret, 5_000)).toBe(code);
    const next = Array.from({ length: 5 }, (_, i) => checkInCodeAt(secret, 5_001 + i));
    expect(next).not.toContain(code);
    expect(checkInCodeAt('b'.repeat(64), 5_000)).not.toBe(code);
  });

  it('says which code the projector shows and until when', () => {
    expect(currentCheckInCode(secret, periodStart + 10_000)).toEqual({ code: checkInCodeAt(secret, 5_000), validUntil: new Date(periodStart + PERIOD_MS) });
  });

  it('accept the current code, and the previous one only during the grace seconds', () => {
    const previous = checkInCodeAt(secret, 4_999);
    const current = checkInCodeAt(secret, 5_000);
    expect(isCheckInCodeValid(secret, current, periodStart + PERIOD_MS - 1)).toBe(true);
    expect(isCheckInCodeValid(secret, previous, periodStart + CHECK_IN.graceSeconds * 1000 - 1)).toBe(true);
    expect(isCheckInCodeValid(secret, previous, periodStart + CHECK_IN.graceSeconds * 1000)).toBe(false);
    expect(isCheckInCodeValid(secret, checkInCodeAt(secret, 4_998), periodStart)).toBe(false);
    expect(isCheckInCodeValid(secret, current.slice(0, 5), periodStart)).toBe(false);
  });

  it('tell a code the screen showed earlier (within the hour) from a wrong one, so the attendee is told to look again', () => {
    const now = periodStart + CHECK_IN.graceSeconds * 1000;
    expect(checkInCodeStatus(secret, checkInCodeAt(secret, 5_000), now)).toBe('valid');
    expect(checkInCodeStatus(secret, checkInCodeAt(secret, 4_999), now)).toBe('expired');
    expect(checkInCodeStatus(secret, checkInCodeAt(secret, 5_000 - EXPIRED_CODE_PERIODS), now)).toBe('expired');
    const earlier = new Set(Array.from({ length: EXPIRED_CODE_PERIODS + 1 }, (_, back) => checkInCodeAt(secret, 5_000 - back)));
    const older = checkInCodeAt(secret, 5_000 - EXPIRED_CODE_PERIODS - 1);
    if (!earlier.has(older)) expect(checkInCodeStatus(secret, older, now)).toBe('wrong');
    const madeUp = ['000000', '123456', '999999'].find((code) => !earlier.has(code)) as string;
    expect(checkInCodeStatus(secret, madeUp, now)).toBe('wrong');
    expect(EXPIRED_CODE_PERIODS * CHECK_IN.periodSeconds).toBe(3600);
  });
});
