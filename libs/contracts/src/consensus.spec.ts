import { CONSENSUS_MOVES_FROM, CONSENSUS_STATUSES, groupConsensus, isRoomConsensusStatus, talliesFromCounts, type ConsensusItemView } from './consensus';

const item = (id: string, patch: Partial<ConsensusItemView> = {}): ConsensusItemView => ({
  id,
  agendaItemId: null,
  text: `Kesepakatan ${id}`,
  status: 'draft',
  number: null,
  followUp: null,
  openedAt: null,
  decidedAt: null,
  createdAt: '2026-12-01T09:20:00.000Z',
  ...patch,
});

describe(groupConsensus.name, () => {
  const items = [
    item('d2', { createdAt: '2026-12-01T09:40:00.000Z' }),
    item('a3', { status: 'approved', number: 3 }),
    item('o2', { status: 'open', openedAt: '2026-12-01T10:05:00.000Z', createdAt: '2026-12-01T09:00:00.000Z' }),
    item('s1', { status: 'set_aside', decidedAt: '2026-12-01T10:00:00.000Z' }),
    item('a1', { status: 'approved', number: 1 }),
    item('d1', { createdAt: '2026-12-01T09:30:00.000Z' }),
    item('o1', { status: 'open', openedAt: '2026-12-01T10:01:00.000Z', createdAt: '2026-12-01T09:50:00.000Z' }),
    item('s2', { status: 'set_aside', decidedAt: '2026-12-01T10:30:00.000Z' }),
    item('a2', { status: 'approved', number: 2 }),
  ];

  it('puts each item under its status', () => {
    const groups = groupConsensus(items);
    expect(Object.fromEntries(Object.entries(groups).map(([status, list]) => [status, list.length]))).toEqual({
      open: 2,
      draft: 2,
      approved: 3,
      set_aside: 2,
    });
  });

  it('orders open items as put to the room, drafts as written, approved by number, set-aside latest first', () => {
    const groups = groupConsensus(items);
    expect(groups.open.map((c) => c.id)).toEqual(['o1', 'o2']);
    expect(groups.draft.map((c) => c.id)).toEqual(['d1', 'd2']);
    expect(groups.approved.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(groups.set_aside.map((c) => c.id)).toEqual(['s2', 's1']);
  });

  it('orders an item never opened by when it was written, and breaks ties by id', () => {
    const groups = groupConsensus([
      item('late', { status: 'open', openedAt: '2026-12-01T10:00:00.000Z' }),
      item('b', { status: 'open', createdAt: '2026-12-01T09:00:00.000Z' }),
      item('a', { status: 'open', createdAt: '2026-12-01T09:00:00.000Z' }),
    ]);
    expect(groups.open.map((c) => c.id)).toEqual(['a', 'b', 'late']);
  });

  it('does not reorder the list it was given', () => {
    const copy = [...items];
    groupConsensus(items);
    expect(items).toEqual(copy);
  });
});

describe('consensus states', () => {
  it('shows the room open and approved items only', () => {
    expect(CONSENSUS_STATUSES.filter(isRoomConsensusStatus)).toEqual(['open', 'approved']);
  });

  it('locks an approved item and never moves an item to where it already is', () => {
    expect(CONSENSUS_MOVES_FROM.approved).toEqual([]);
    for (const status of CONSENSUS_STATUSES) expect(CONSENSUS_MOVES_FROM[status]).not.toContain(status);
  });
});

describe(talliesFromCounts.name, () => {
  it('sums signals per item and per stakeholder category, and gives silent items an empty tally', () => {
    const tallies = talliesFromCounts(
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
