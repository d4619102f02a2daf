import { readTimer, timerLevel, warningThreshold } from './timer';

const at = (iso: string) => Date.parse(iso);

describe(timerLevel.name, () => {
  it('warns in the last minute of a short limit and the last tenth of a long one', () => {
    expect(warningThreshold(180)).toBe(60);
    expect(warningThreshold(3600)).toBe(360);
    expect(timerLevel(100, 180)).toBe('normal');
    expect(timerLevel(120, 180)).toBe('warning');
    expect(timerLevel(180, 180)).toBe('warning');
    expect(timerLevel(181, 180)).toBe('over');
  });

  it('has nothing to warn about without a limit', () => {
    expect(timerLevel(99999, null)).toBe('normal');
  });
});

describe(readTimer.name, () => {
  it('counts from the start to the (server-corrected) now', () => {
    const reading = readTimer('2026-12-01T09:00:00.000Z', null, at('2026-12-01T09:05:30.400Z'), 300);
    expect(reading).toEqual({ elapsedSeconds: 330, limitSeconds: 300, overSeconds: 30, level: 'over', stopped: false });
  });

  it('stops at the end time', () => {
    const reading = readTimer('2026-12-01T09:00:00.000Z', '2026-12-01T09:02:00.000Z', at('2026-12-01T10:00:00.000Z'), 600);
    expect(reading?.elapsedSeconds).toBe(120);
    expect(reading?.stopped).toBe(true);
    expect(reading?.level).toBe('normal');
  });

  it('does not run before it starts, nor backwards on a fast clock', () => {
    expect(readTimer(null, null, Date.now(), 60)).toBeNull();
    expect(readTimer('not a date', null, Date.now(), 60)).toBeNull();
    expect(readTimer('2026-12-01T09:00:00.000Z', null, at('2026-12-01T08:59:59.000Z'), null)?.elapsedSeconds).toBe(0);
  });
});
