import { DomainError } from '../common/domain-error';
import { LIVE_RATE_LIMITS } from './live-rate-limits';
import type { RateLimitRule } from './rate-limit';
import { RateLimiter } from './rate-limiter.service';
import { registrationRateLimits } from './registration-rate-limits';

const rule: RateLimitRule = { name: 'spec', limit: 2, windowMs: 5_000, what: 'syncs' };

describe(RateLimiter.name, () => {
  let limiter: RateLimiter;

  afterEach(() => limiter.onModuleDestroy());

  it('refuses with RATE_LIMITED, a message naming the limit, and the wait in the details', async () => {
    limiter = new RateLimiter(null);
    await limiter.consume(rule, 'a');
    await limiter.consume(rule, 'a');
    const refused = await limiter.consume(rule, 'a').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).toAckError()).toEqual({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/^At most 2 syncs every 5 seconds; try again in [1-5] s$/),
      retryAfterMs: expect.any(Number),
    });
  });

  it('names the known reason of a limit the clients word themselves, with the same wait', async () => {
    limiter = new RateLimiter(null);
    const checkIn = LIVE_RATE_LIMITS.checkIn;
    for (let i = 0; i < checkIn.limit; i++) await limiter.consume(checkIn, 'attendee:1');
    const refused = (await limiter.consume(checkIn, 'attendee:1').catch((error: unknown) => error)) as DomainError;
    expect(refused.toAckError()).toMatchObject({ code: 'RATE_LIMITED', reason: 'checkInTooManyTries', retryAfterMs: expect.any(Number) });
    expect(refused.message).toMatch(/^At most 5 check-in attempts every 300 seconds/);
  });

  it('tells the two registration limits apart', async () => {
    limiter = new RateLimiter(null);
    const rules = registrationRateLimits({ perAddress: 1, perForum: 2 });
    await limiter.consume(rules.perAddress, '10.0.0.1');
    await limiter.consume(rules.perForum, 'ABCDEF');
    await limiter.consume(rules.perForum, 'ABCDEF');
    const reasonOf = (refusal: Promise<void>) =>
      refusal.then(
        () => null,
        (error: DomainError) => [error.code, error.reason],
      );
    expect(await reasonOf(limiter.consume(rules.perAddress, '10.0.0.1'))).toEqual(['RATE_LIMITED', 'registrationLimitAddress']);
    expect(await reasonOf(limiter.consume(rules.perForum, 'ABCDEF'))).toEqual(['RATE_LIMITED', 'registrationLimitForum']);
    expect(await reasonOf(limiter.consume(rules.perAddress, '10.0.0.2'))).toBeNull();
  });

  it('counts in this process while Redis is unreachable: the limit holds per replica and nothing throws', async () => {
    limiter = new RateLimiter('redis://127.0.0.1:1', 'mufakat:test:unreachable:');
    const warn = jest.spyOn((limiter as unknown as { logger: { warn: (m: string) => void } }).logger, 'warn').mockImplementation(() => undefined);
    const decisions = await Promise.all(Array.from({ length: 5 }, () => limiter.take(rule, 'a')));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/counting per replica/);
  });
});
