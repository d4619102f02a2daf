import { moveId } from './reorder';

describe(moveId.name, () => {
  const ids = ['a', 'b', 'c'];

  it('swaps an id with its neighbour and keeps every other id in place', () => {
    expect(moveId(ids, 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moveId(ids, 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(ids).toEqual(['a', 'b', 'c']);
  });

  it('refuses to move past either end or an id it does not know', () => {
    expect(moveId(ids, 'a', 'up')).toBeNull();
    expect(moveId(ids, 'c', 'down')).toBeNull();
    expect(moveId(ids, 'z', 'up')).toBeNull();
    expect(moveId([], 'a', 'down')).toBeNull();
  });
});
