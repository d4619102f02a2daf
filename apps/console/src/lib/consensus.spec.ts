import { CONSENSUS_LIMITS } from '@mufakat/contracts';
import { consensusItem, tally } from '../test/fixtures';
import { consensusActions, groupConsensus, signalTotal, tallyTable, toConsensusRequest } from './consensus';

describe(groupConsensus.name, () => {
  const items = [
    consensusItem('d2', { createdAt: '2026-12-01T09:40:00.000Z' }),
    consensusItem('a3', { status: 'approved', number: 3 }),
    consensusItem('o2', { status: 'open', openedAt: '2026-12-01T10:05:00.000Z', createdAt: '2026-12-01T09:00:00.000Z' }),
    consensusItem('s1', { status: 'set_aside', decidedAt: '2026-12-01T10:00:00.000Z' }),
    consensusItem('a1', { status: 'approved', number: 1 }),
    consensusItem('d1', { createdAt: '2026-12-01T09:30:00.000Z' }),
    consensusItem('o1', { status: 'open', openedAt: '2026-12-01T10:01:00.000Z', createdAt: '2026-12-01T09:50:00.000Z' }),
    consensusItem('s2', { status: 'set_aside', decidedAt: '2026-12-01T10:30:00.000Z' }),
    consensusItem('a2', { status: 'approved', number: 2 }),
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

  it('does not reorder the list it was given', () => {
    const copy = [...items];
    groupConsensus(items);
    expect(items).toEqual(copy);
  });
});

describe(consensusActions.name, () => {
  const names = (status: Parameters<typeof consensusActions>[0]) =>
    consensusActions(status).map((a) => (a.kind === 'move' ? `${a.name}→${a.to}` : a.kind));

  it('follows draft → open → approved or set aside', () => {
    expect(names('draft')).toEqual(['open→open', 'edit', 'setAside→set_aside']);
    expect(names('open')).toEqual(['approve', 'edit', 'withdraw→draft', 'setAside→set_aside']);
    expect(names('approved')).toEqual(['editFollowUp']);
    expect(names('set_aside')).toEqual(['open→open', 'restore→draft']);
  });

  it('never approves a draft the room was not asked about, nor edits an approved text', () => {
    expect(consensusActions('draft').some((a) => a.kind === 'approve')).toBe(false);
    expect(consensusActions('approved').some((a) => a.kind === 'edit')).toBe(false);
  });
});

describe(toConsensusRequest.name, () => {
  it('trims the text and leaves an unset agenda item null', () => {
    expect(toConsensusRequest({ text: '  Loket dibuka pukul 07.30  ', agendaItemId: '' })).toEqual({
      ok: true,
      request: { text: 'Loket dibuka pukul 07.30', agendaItemId: null },
    });
    expect(toConsensusRequest({ text: 'x', agendaItemId: 'a2' })).toEqual({ ok: true, request: { text: 'x', agendaItemId: 'a2' } });
  });

  it('refuses what the server would refuse', () => {
    expect(toConsensusRequest({ text: '   ', agendaItemId: '' })).toEqual({ ok: false, error: { key: 'required' } });
    expect(toConsensusRequest({ text: 'a'.repeat(CONSENSUS_LIMITS.text + 1), agendaItemId: '' })).toEqual({
      ok: false,
      error: { key: 'tooLong', values: { max: CONSENSUS_LIMITS.text } },
    });
    expect(toConsensusRequest({ text: 'a'.repeat(CONSENSUS_LIMITS.text), agendaItemId: '' }).ok).toBe(true);
  });
});

describe(tallyTable.name, () => {
  it('gives totals with shares of all signals', () => {
    const { total } = tallyTable(tally(6, 3, 1));
    expect(total).toEqual({
      category: 'total',
      counts: { agree: 6, disagree: 3, abstain: 1 },
      total: 10,
      percent: { agree: 60, disagree: 30, abstain: 10 },
    });
  });

  it('lists categories in the guideline order, leaving out empty ones and putting unknown ones last', () => {
    const table = tallyTable(
      tally(5, 1, 1, {
        media: { agree: 1, disagree: 0, abstain: 0 },
        service_user: { agree: 3, disagree: 1, abstain: 0 },
        academic: { agree: 0, disagree: 0, abstain: 0 },
        ['umkm' as 'other']: { agree: 1, disagree: 0, abstain: 1 },
      }),
    );
    expect(table.categories.map((row) => row.category)).toEqual(['service_user', 'media', 'umkm']);
    expect(table.categories[0]).toMatchObject({ total: 4, percent: { agree: 75, disagree: 25, abstain: 0 } });
  });

  it('is all zeros before the first signal', () => {
    const table = tallyTable(undefined);
    expect(table.total.counts).toEqual({ agree: 0, disagree: 0, abstain: 0 });
    expect(table.total.percent).toEqual({ agree: 0, disagree: 0, abstain: 0 });
    expect(table.categories).toEqual([]);
  });

  it('counts every signal once', () => {
    expect(signalTotal({ agree: 2, disagree: 5, abstain: 3 })).toBe(10);
  });
});
