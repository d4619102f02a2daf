import { randomBytes } from 'node:crypto';
import { MemoryRateLimitStore } from './memory-rate-limit.store';
import type { RateLimitDecision, RateLimitRule, RateLimitStore } from './rate-limit';
import { RedisRateLimitStore } from './redis-rate-limit.store';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const rule: RateLimitRule = { name: 'test', limit: 3, windowMs: 10_000, what: 'tests' };
const allowed = (decisions: RateLimitDecision[]) => decisions.filter((d) => d.allowed).length;

/** One behaviour for both stores; the Redis one talks to the machine's Redis under a prefix of its own. */
function behavesAsASlidingWindow(makeStore: () => Promise<RateLimitStore>): void {
  let store: RateLimitStore;
  let key: string;

  beforeEach(async () => {
    // The clock and the stores' sweep intervals are faked; what the Redis client needs runs for real.
    jest.useFakeTimers({
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout'],
      now: new Date('2026-12-01T02:00:00Z'),
    });
    key = randomBytes(6).toString('hex');
    store = await makeStore();
  });

  afterEach(async () => {
    await store.close();
    jest.useRealTimers();
  });

  it('allows the limit, then refuses with the wait until the oldest event leaves the window', async () => {
    expect(await store.take(rule, key)).toEqual({ allowed: true });
    jest.setSystemTime(Date.now() + 2_000);
    expect(await store.take(rule, key)).toEqual({ allowed: true });
    expect(await store.take(rule, key)).toEqual({ allowed: true });
    expect(await store.take(rule, key)).toEqual({ allowed: false, retryAfterMs: 8_000 });
    jest.setSystemTime(Date.now() + 7_999);
    expect((await store.take(rule, key)).allowed).toBe(false);
    jest.setSystemTime(Date.now() + 1);
    // The first event left; the two later ones are still in the window.
    expect(await store.take(rule, key)).toEqual({ allowed: true });
    expect(await store.take(rule, key)).toEqual({ allowed: false, retryAfterMs: 2_000 });
  });

  it('does not count refusals: a steady flood gets through at the limit rate, not less', async () => {
    let through = 0;
    for (let second = 0; second < 30; second++) {
      for (let i = 0; i < 20; i++) if ((await store.take(rule, key)).allowed) through++;
      jest.setSystemTime(Date.now() + 1_000);
    }
    expect(through).toBe(9);
  });

  it('keeps keys and rules apart', async () => {
    for (let i = 0; i < 3; i++) await store.take(rule, key);
    expect((await store.take(rule, key)).allowed).toBe(false);
    expect((await store.take(rule, `${key}-other`)).allowed).toBe(true);
    expect((await store.take({ ...rule, name: 'other-rule' }, key)).allowed).toBe(true);
  });

  it('holds the limit exactly for concurrent takes', async () => {
    const decisions = await Promise.all(Array.from({ length: 40 }, () => store.take(rule, key)));
    expect(allowed(decisions)).toBe(rule.limit);
  });
}

describe(MemoryRateLimitStore.name, () => {
  behavesAsASlidingWindow(() => Promise.resolve(new MemoryRateLimitStore()));

  it('counts per instance: the embedded mode has one process', async () => {
    const processes = [new MemoryRateLimitStore(), new MemoryRateLimitStore()];
    const decisions = await Promise.all(Array.from({ length: 40 }, (_, i) => processes[i % 2].take(rule, 'k')));
    expect(allowed(decisions)).toBe(2 * rule.limit);
    await Promise.all(processes.map((store) => store.close()));
  });

  it('forgets keys whose window has passed', async () => {
    jest.useFakeTimers();
    const store = new MemoryRateLimitStore();
    await store.take(rule, 'a');
    jest.advanceTimersByTime(5_000);
    await store.take({ ...rule, name: 'long', windowMs: 120_000 }, 'b');
    expect(store.size).toBe(2);
    jest.advanceTimersByTime(60_000);
    expect(store.size).toBe(1);
    await store.close();
    jest.useRealTimers();
  });

  it('forgets a key only when its newest event has left the window, and counts it from scratch after', async () => {
    jest.useFakeTimers();
    const store = new MemoryRateLimitStore();
    await store.take(rule, 'a');
    jest.advanceTimersByTime(55_000);
    await store.take(rule, 'a');
    jest.advanceTimersByTime(5_000);
    // The sweep at 60 s: the first event is long gone, the second still in its window.
    expect(store.size).toBe(1);
    jest.advanceTimersByTime(60_000);
    expect(store.size).toBe(0);
    for (let i = 0; i < rule.limit; i++) expect((await store.take(rule, 'a')).allowed).toBe(true);
    expect((await store.take(rule, 'a')).allowed).toBe(false);
    await store.close();
    jest.useRealTimers();
  });

  it('sweeps a rule taken with several windows by the longest, so no counted event is forgotten', async () => {
    jest.useFakeTimers();
    const store = new MemoryRateLimitStore();
    const long = { ...rule, windowMs: 120_000 };
    for (let i = 0; i < rule.limit; i++) await store.take(long, 'b');
    await store.take(rule, 'a');
    jest.advanceTimersByTime(60_000);
    expect(store.size).toBe(2);
    expect((await store.take(long, 'b')).allowed).toBe(false);
    jest.advanceTimersByTime(60_000);
    expect(store.size).toBe(0);
    await store.close();
    jest.useRealTimers();
  });
});

describe(RedisRateLimitStore.name, () => {
  const prefix = `mufakat:test:rate:${randomBytes(4).toString('hex')}:`;
  const connected = async () => {
    const store = new RedisRateLimitStore(REDIS_URL, prefix);
    await store.ready(2000);
    return store;
  };
  const scriptCalls = (store: RedisRateLimitStore) =>
    jest.spyOn((store as unknown as { client: { slidingWindowTake: () => Promise<number> } }).client, 'slidingWindowTake');

  behavesAsASlidingWindow(connected);

  it('shares one count between instances (replicas), exactly, under concurrency', async () => {
    const replicas = await Promise.all([connected(), connected()]);
    const key = randomBytes(6).toString('hex');
    const decisions = await Promise.all(Array.from({ length: 40 }, (_, i) => replicas[i % 2].take(rule, key)));
    expect(allowed(decisions)).toBe(rule.limit);
    await Promise.all(replicas.map((replica) => replica.close()));
  });

  it('answers a burst with `limit` calls to Redis: the rest are refused on the spot', async () => {
    const store = await connected();
    const key = randomBytes(6).toString('hex');
    const calls = scriptCalls(store);
    const burst = await Promise.all(Array.from({ length: 2000 }, () => store.take(rule, key)));
    expect(allowed(burst)).toBe(rule.limit);
    expect(calls).toHaveBeenCalledTimes(rule.limit);
    for (let i = 0; i < 100; i++) expect((await store.take(rule, key)).allowed).toBe(false);
    // One more call learnt the wait; the others were answered from it.
    expect(calls).toHaveBeenCalledTimes(rule.limit + 1);
    await store.close();
  });

  it('fails fast, without waiting, while Redis is unreachable', async () => {
    const store = new RedisRateLimitStore('redis://127.0.0.1:1', prefix);
    const started = Date.now();
    await expect(store.take(rule, 'k')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
    await store.close();
  });
});
