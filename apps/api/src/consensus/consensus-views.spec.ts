import { talliesFrom } from './consensus-views';

describe(talliesFrom.name, () => {
  it('sums signals per item and per stakeholder category, and gives silent items an empty tally', () => {
    const tallies = talliesFrom(
      ['a', 'b'],
      [
        { itemId: 'a', category: 'service_user', signal: 'agree', count: 3 },
        { itemId: 'a', category: 'media', signal: 'agree', count: 1 },
        { itemId: 'a', category: 'media', signal: 'disagree', count: 2 },
        { itemId: 'x', category: 'media', signal: 'agree', count: 9 },
      ],
    );
    expect(tallies.a.total).toEqual({ agree: 4, disagree: 2, abstain: 0 });
    expect(tallies.a.byCategory).toEqual({ service_user: { agree: 3, disagree: 0, abstain: 0 }, media: { agree: 1, disagree: 2, abstain: 0 } });
    expect(tallies.b).toEqual({ total: { agree: 0, disagree: 0, abstain: 0 }, byCategory: {} });
    expect(tallies.x).toBeUndefined();
  });
});
