import { LIMITS } from '@mufakat/contracts';
import { cooldownLeft, REACTION_COOLDOWN_MS } from './cooldown';

describe('cooldownLeft', () => {
  it('allows the first action at once', () => {
    expect(cooldownLeft(null, 1000, 2000)).toBe(0);
  });

  it('counts down after an action, then allows the next', () => {
    expect(cooldownLeft(1000, 1500, 2000)).toBe(1500);
    expect(cooldownLeft(1000, 3000, 2000)).toBe(0);
    expect(cooldownLeft(1000, 9000, 2000)).toBe(0);
  });
});

describe('REACTION_COOLDOWN_MS', () => {
  it("keeps one attendee under the server's reactions-per-10-seconds limit", () => {
    expect(Math.ceil(10_000 / REACTION_COOLDOWN_MS)).toBeLessThanOrEqual(LIMITS.reactionsPer10s);
  });
});
