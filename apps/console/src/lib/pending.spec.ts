import { dropReached, sameJson, withoutKey } from './pending';

describe(dropReached.name, () => {
  it('drops the requests the state has reached and keeps the others', () => {
    const pending = { a: true, b: false };
    expect(dropReached(pending, { a: true, b: true }, Object.is)).toEqual({ b: false });
  });

  it('returns the very same object when nothing was reached', () => {
    const pending = { a: true };
    expect(dropReached(pending, { a: false }, Object.is)).toBe(pending);
    expect(dropReached(pending, {}, Object.is)).toBe(pending);
  });

  it('compares structured values', () => {
    const pending = { view: { mode: 'poll', pollId: 'p1' } };
    expect(dropReached(pending, { view: { mode: 'poll', pollId: 'p1' } }, sameJson)).toEqual({});
  });
});

describe(withoutKey.name, () => {
  it('removes one request', () => {
    const pending = { a: 1, b: 2 };
    expect(withoutKey(pending, 'a')).toEqual({ b: 2 });
    expect(withoutKey(pending, 'z')).toBe(pending);
  });
});
