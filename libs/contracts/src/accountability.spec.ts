import { actionTimeliness, addDays, countActions, onTimeShare } from './accountability';

describe('actionTimeliness', () => {
  const open = { status: 'in_progress' as const, completedOn: null };

  it('turns an open action overdue the day after its deadline, due soon within the window', () => {
    expect(actionTimeliness({ ...open, deadline: '2027-01-31' }, '2027-01-31')).toBe('due_soon');
    expect(actionTimeliness({ ...open, deadline: '2027-01-31' }, '2027-02-01')).toBe('overdue');
    expect(actionTimeliness({ ...open, deadline: '2027-01-31' }, '2027-01-17')).toBe('due_soon');
    expect(actionTimeliness({ ...open, deadline: '2027-01-31' }, '2027-01-16')).toBe('on_track');
    expect(actionTimeliness({ ...open, deadline: null }, '2027-01-16')).toBe('no_deadline');
  });

  it('judges a done action by when it was done, and a dropped one not at all', () => {
    expect(actionTimeliness({ status: 'done', deadline: '2027-01-31', completedOn: '2027-01-31' }, '2027-06-01')).toBe('done_on_time');
    expect(actionTimeliness({ status: 'done', deadline: '2027-01-31', completedOn: '2027-02-01' }, '2027-06-01')).toBe('done_late');
    expect(actionTimeliness({ status: 'dropped', deadline: '2027-01-31', completedOn: null }, '2027-06-01')).toBe('dropped');
  });
});

describe('counts', () => {
  it('counts the share done on time among the actions that came due', () => {
    const counts = countActions([
      { status: 'done', timeliness: 'done_on_time' },
      { status: 'done', timeliness: 'done_late' },
      { status: 'planned', timeliness: 'overdue' },
      { status: 'planned', timeliness: 'on_track' },
      { status: 'dropped', timeliness: 'dropped' },
    ]);
    expect(counts).toMatchObject({ total: 5, done: 2, doneOnTime: 1, doneLate: 1, overdue: 1, planned: 2, dropped: 1 });
    expect(onTimeShare(counts)).toBeCloseTo(1 / 3);
    expect(onTimeShare(countActions([{ status: 'planned', timeliness: 'on_track' }]))).toBeNull();
  });

  it('adds days across month and leap-year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-12-31', 14)).toBe('2028-01-14');
  });
});
