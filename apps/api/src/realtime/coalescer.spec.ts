import { Coalescer } from './coalescer';

describe(Coalescer.name, () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('flushes a burst once per interval per forum, with each id once', async () => {
    const flush = jest.fn().mockResolvedValue(undefined);
    const coalescer = new Coalescer(100, flush, jest.fn());
    for (let i = 0; i < 500; i++) coalescer.add('forum-a', `q${i % 3}`);
    coalescer.add('forum-b', 'q9');
    expect(flush).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(99);
    expect(flush).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(flush).toHaveBeenCalledTimes(2);
    expect(flush).toHaveBeenCalledWith('forum-a', ['q0', 'q1', 'q2']);
    expect(flush).toHaveBeenCalledWith('forum-b', ['q9']);
  });

  it('starts a new window for votes that arrive after a flush', async () => {
    const flush = jest.fn().mockResolvedValue(undefined);
    const coalescer = new Coalescer(100, flush, jest.fn());
    coalescer.add('f', 'q1');
    await jest.advanceTimersByTimeAsync(100);
    coalescer.add('f', 'q2');
    await jest.advanceTimersByTimeAsync(100);
    expect(flush.mock.calls).toEqual([
      ['f', ['q1']],
      ['f', ['q2']],
    ]);
  });

  it('waits a full interval after a slow flush ends, so flushes never overlap and never bunch up', async () => {
    const events: string[] = [];
    const flush = jest.fn(async (_: string, ids: string[]) => {
      events.push(`start ${ids.join()} @${Date.now()}`);
      await new Promise((done) => setTimeout(done, 80));
      events.push(`end @${Date.now()}`);
    });
    const coalescer = new Coalescer(100, flush, jest.fn());
    const t0 = Date.now();
    coalescer.add('f', 'q1');
    await jest.advanceTimersByTimeAsync(110);
    coalescer.add('f', 'q2'); // while the first flush is still writing
    await jest.advanceTimersByTimeAsync(500);
    expect(events.map((e) => e.replace(/@(\d+)/, (_, t: string) => `@${Number(t) - t0}`))).toEqual(['start q1 @100', 'end @180', 'start q2 @280', 'end @360']);
  });

  it('reports a failed flush and retries its ids with what arrived meanwhile, backing off', async () => {
    const onError = jest.fn();
    const flush = jest.fn().mockRejectedValueOnce(new Error('db down')).mockRejectedValueOnce(new Error('db down')).mockResolvedValue(undefined);
    const coalescer = new Coalescer(50, flush, onError);
    coalescer.add('f', 'q1');
    await jest.advanceTimersByTimeAsync(50);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'db down' }), 'f');
    coalescer.add('f', 'q2');
    // First retry after 2 × the interval, the next after 4 ×.
    await jest.advanceTimersByTimeAsync(99);
    expect(flush).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(flush).toHaveBeenCalledTimes(2);
    expect(flush).toHaveBeenLastCalledWith('f', ['q1', 'q2']);
    await jest.advanceTimersByTimeAsync(200);
    expect(flush).toHaveBeenCalledTimes(3);
    expect(flush).toHaveBeenLastCalledWith('f', ['q1', 'q2']);
    // Once it succeeds, the interval is back to normal and nothing is flushed twice.
    coalescer.add('f', 'q3');
    await jest.advanceTimersByTimeAsync(50);
    expect(flush).toHaveBeenCalledTimes(4);
    expect(flush).toHaveBeenLastCalledWith('f', ['q3']);
  });

  it('caps the wait between retries', async () => {
    const flush = jest.fn().mockRejectedValue(new Error('db down'));
    const coalescer = new Coalescer(100, flush, jest.fn(), 300);
    coalescer.add('f', 'q');
    await jest.advanceTimersByTimeAsync(100 + 200 + 300 + 300);
    expect(flush).toHaveBeenCalledTimes(4);
  });

  it('drains pending ids at once on shutdown', async () => {
    const flush = jest.fn().mockResolvedValue(undefined);
    const coalescer = new Coalescer(1000, flush, jest.fn());
    coalescer.add('f', 'q');
    await coalescer.drain();
    expect(flush).toHaveBeenCalledWith('f', ['q']);
    await jest.advanceTimersByTimeAsync(1000);
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('stops for good once closed: a change after shutdown or a failing flush schedules nothing', async () => {
    const flush = jest.fn().mockRejectedValue(new Error('Driver not Connected'));
    const coalescer = new Coalescer(50, flush, jest.fn());
    coalescer.add('f', 'q1');
    await coalescer.close();
    expect(flush).toHaveBeenCalledTimes(1);
    // A socket dropping as the server closes reports a change after the last drain.
    coalescer.add('f', 'q2');
    await jest.advanceTimersByTimeAsync(60_000);
    expect(flush).toHaveBeenCalledTimes(1);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('stops retrying a flush that was in flight when it closed', async () => {
    let fail!: (error: Error) => void;
    const flush = jest.fn(() => new Promise<void>((_, reject) => (fail = reject)));
    const coalescer = new Coalescer(50, flush, jest.fn());
    coalescer.add('f', 'q1');
    await jest.advanceTimersByTimeAsync(50);
    const closing = coalescer.close();
    fail(new Error('Driver not Connected'));
    await closing;
    await jest.advanceTimersByTimeAsync(60_000);
    expect(flush).toHaveBeenCalledTimes(1);
    expect(jest.getTimerCount()).toBe(0);
  });
});
