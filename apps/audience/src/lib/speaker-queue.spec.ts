import { handState, remainingSeconds } from './speaker-queue';
import { speakerFixture as speaker } from './test-fixtures';

describe('handState', () => {
  it('is none without a waiting or speaking request of mine', () => {
    expect(handState([speaker('s1', 'p2')], 'p1')).toEqual({ kind: 'none' });
    expect(handState([speaker('s1', 'p1', { status: 'done' })], 'p1')).toEqual({ kind: 'none' });
    expect(handState([speaker('s1', 'p1')], null)).toEqual({ kind: 'none' });
  });

  it('counts my place among the waiting hands, in queue order', () => {
    const queue = [speaker('s0', 'p9', { status: 'speaking' }), speaker('s1', 'p2'), speaker('s2', 'p1'), speaker('s3', 'p3')];
    expect(handState(queue, 'p1')).toEqual({ kind: 'waiting', position: 2, total: 3 });
  });

  it('says when I have the floor, with its time limit', () => {
    const queue = [speaker('s1', 'p1', { status: 'speaking', startedAt: '2026-01-10T02:00:00Z', limitSeconds: 120 })];
    expect(handState(queue, 'p1')).toEqual({ kind: 'speaking', startedAt: '2026-01-10T02:00:00Z', limitSeconds: 120 });
  });
});

describe('remainingSeconds', () => {
  const start = '2026-01-10T02:00:00.000Z';
  const at = (seconds: number) => Date.parse(start) + seconds * 1000;

  it('counts down from the limit and stops at zero', () => {
    expect(remainingSeconds(start, 120, at(0))).toBe(120);
    expect(remainingSeconds(start, 120, at(30.5))).toBe(90);
    expect(remainingSeconds(start, 120, at(500))).toBe(0);
  });

  it('has nothing to count without a limit, and shows the whole limit before the start is known', () => {
    expect(remainingSeconds(start, null, at(10))).toBeNull();
    expect(remainingSeconds(null, 60, at(10))).toBe(60);
  });

  it('never shows more than the limit when the clocks disagree', () => {
    expect(remainingSeconds(start, 60, at(-5))).toBe(60);
  });
});
