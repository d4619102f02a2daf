import { clockOffsetMs } from './server-clock';

describe(clockOffsetMs.name, () => {
  it('is positive when the server is ahead and negative when behind', () => {
    const local = Date.parse('2026-12-01T09:00:00.000Z');
    expect(clockOffsetMs('2026-12-01T09:00:05.000Z', local)).toBe(5000);
    expect(clockOffsetMs('2026-12-01T08:59:58.500Z', local)).toBe(-1500);
  });

  it('ignores a server time it cannot read', () => {
    expect(clockOffsetMs('', 123)).toBe(0);
  });
});
