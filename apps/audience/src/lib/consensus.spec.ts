import { followUpWhen, formatDeadline, settleSignal, shownSignal } from './consensus';

describe('shownSignal', () => {
  it("shows the tap on its way over the server's copy, the server's copy otherwise, or nothing", () => {
    expect(shownSignal('c1', { c1: 'agree' }, { c1: { signal: 'disagree', seq: 1 } })).toBe('disagree');
    expect(shownSignal('c1', { c1: 'agree' }, {})).toBe('agree');
    expect(shownSignal('c1', {}, {})).toBeNull();
  });
});

describe('settleSignal', () => {
  it('forgets a signal once acknowledged or refused, so the server copy shows (the rollback on refusal)', () => {
    const pending = { c1: { signal: 'agree' as const, seq: 3 }, c2: { signal: 'abstain' as const, seq: 4 } };
    const settled = settleSignal(pending, 'c1', 3);
    expect(settled).toEqual({ c2: { signal: 'abstain', seq: 4 } });
    expect(shownSignal('c1', { c1: 'disagree' }, settled)).toBe('disagree');
  });

  it('keeps a later tap on the same item that is still on its way', () => {
    const pending = { c1: { signal: 'abstain' as const, seq: 5 } };
    expect(settleSignal(pending, 'c1', 4)).toEqual(pending);
    expect(settleSignal(pending, 'c1', 4)).not.toBe(pending);
  });
});

describe('follow-up dates', () => {
  const plan = { action: 'Buka loket sore', responsibleUnit: 'Disdukcapil', deadline: null, timeFrame: null, status: 'planned' as const };

  it('writes a deadline as a calendar date in the chosen language, whatever the time zone', () => {
    expect(formatDeadline('2026-03-01', 'id')).toBe('1 Maret 2026');
    expect(formatDeadline('2026-03-01', 'en')).toBe('March 1, 2026');
    expect(formatDeadline('not a date', 'id')).toBe('not a date');
  });

  it('joins the deadline and the time frame, either or both', () => {
    expect(followUpWhen({ ...plan, deadline: '2026-03-01', timeFrame: 'Triwulan I' }, 'id')).toBe('1 Maret 2026 · Triwulan I');
    expect(followUpWhen({ ...plan, timeFrame: '3 bulan' }, 'id')).toBe('3 bulan');
    expect(followUpWhen(plan, 'id')).toBe('');
  });
});
