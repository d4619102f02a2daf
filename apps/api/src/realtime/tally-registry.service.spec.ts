import type { RuntimeConfig } from '../config/runtime-config';
import { TallyRegistry } from './tally-registry.service';

describe(TallyRegistry.name, () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const registry = () => new TallyRegistry({ tallyFlushMs: 100 } as RuntimeConfig);

  it('coalesces each kind per forum on its own', async () => {
    const tallies = registry();
    const upvotes = jest.fn().mockResolvedValue(undefined);
    const survey = jest.fn().mockResolvedValue(undefined);
    tallies.register('upvotes', upvotes);
    tallies.register('survey', survey);
    tallies.changed('upvotes', 'f', 'q1');
    tallies.changed('upvotes', 'f', 'q1');
    tallies.changed('upvotes', 'f', 'q2');
    tallies.changed('survey', 'f', 'survey');
    await jest.advanceTimersByTimeAsync(100);
    expect(upvotes).toHaveBeenCalledTimes(1);
    expect(upvotes).toHaveBeenCalledWith('f', ['q1', 'q2']);
    expect(survey).toHaveBeenCalledWith('f', ['survey']);
  });

  it('drains every kind once at shutdown', async () => {
    const tallies = registry();
    const attendance = jest.fn().mockResolvedValue(undefined);
    const pollResults = jest.fn().mockResolvedValue(undefined);
    tallies.register('attendance', attendance);
    tallies.register('pollResults', pollResults);
    tallies.changed('attendance', 'f', 'p1');
    tallies.changed('pollResults', 'f', 'poll');
    await tallies.beforeApplicationShutdown();
    await jest.advanceTimersByTimeAsync(1000);
    expect(attendance).toHaveBeenCalledTimes(1);
    expect(pollResults).toHaveBeenCalledTimes(1);
  });

  it('refuses a kind registered twice or changed before it is registered', () => {
    const tallies = registry();
    tallies.register('consensus', jest.fn());
    expect(() => tallies.register('consensus', jest.fn())).toThrow(/registered twice/);
    expect(() => tallies.changed('upvotes', 'f', 'q')).toThrow(/no flush registered/);
  });
});
