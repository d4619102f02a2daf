import { CONSENSUS_LIMITS, CONSENSUS_MOVES_FROM, CONSENSUS_STATUSES } from '@mufakat/contracts';
import { tally } from '../test/fixtures';
import { consensusActions, signalTotal, tallyTable, toConsensusRequest } from './consensus';

describe(consensusActions.name, () => {
  const names = (status: Parameters<typeof consensusActions>[0]) => consensusActions(status).map((a) => (a.kind === 'move' ? `${a.name}→${a.to}` : a.kind));

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

  it('offers exactly the moves the shared rules allow', () => {
    for (const status of CONSENSUS_STATUSES) {
      const moves = consensusActions(status).flatMap((a) => (a.kind === 'move' ? [a.to] : []));
      expect([...moves].sort()).toEqual([...CONSENSUS_MOVES_FROM[status]].sort());
    }
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
