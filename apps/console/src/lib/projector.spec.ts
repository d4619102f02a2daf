import type { ConsensusItemView, ForumSnapshot, PollView, PublicQuestion, SpeakerView } from '@mufakat/contracts';
import { PROJECTOR_APPROVED_COUNT, PROJECTOR_OPEN_COUNT, PROJECTOR_QUESTION_COUNT, projectorConsensus, toProjectorModel } from './projector';

const question = (id: string, upvotes: number, pinned = false): PublicQuestion => ({
  id,
  agendaItemId: null,
  text: `Question ${id}`,
  authorName: 'Budi',
  upvotes,
  status: 'approved',
  pinned,
  reply: null,
  createdAt: '2026-12-01T09:00:00.000Z',
});

const poll = (id: string, resultsVisible: boolean): PollView => ({
  id,
  agendaItemId: null,
  question: 'Setuju?',
  type: 'single',
  options: [{ id: 'o1', label: 'Ya' }],
  maxChoices: null,
  scaleMax: null,
  rankingMethod: null,
  status: 'open',
  resultsVisible,
  allowChange: true,
  createdAt: '2026-12-01T09:00:00.000Z',
  openedAt: '2026-12-01T09:01:00.000Z',
  closedAt: null,
});

const speaker = (id: string, status: SpeakerView['status']): SpeakerView => ({
  id,
  participantId: id,
  name: id,
  institution: 'x',
  mode: 'room',
  status,
  requestedAt: '2026-12-01T09:00:00.000Z',
  startedAt: null,
  limitSeconds: null,
});

function snapshot(patch: Partial<ForumSnapshot> = {}): ForumSnapshot {
  return {
    seq: 3,
    serverTime: '2026-12-01T09:00:00.000Z',
    forum: {
      forumId: 'f1',
      joinCode: 'AB 12',
      joinUrl: 'http://192.168.1.20:3000/j/AB%2012',
      title: 'FKP KTP',
      theme: 't',
      serviceName: 's',
      unitName: 'u',
      venue: 'v',
      startsAt: '2026-12-01T09:00:00.000Z',
      streamUrl: null,
    },
    settings: { preModeration: true, fullyAnonymous: false },
    agenda: [
      { id: 'a1', position: 0, title: 'Pembukaan', plannedMinutes: 10, status: 'done', startedAt: null, endedAt: null },
      { id: 'a2', position: 1, title: 'Diskusi', plannedMinutes: 60, status: 'running', startedAt: '2026-12-01T09:10:00.000Z', endedAt: null },
    ],
    currentAgendaItemId: 'a2',
    attendance: { room: 42, online: 7 },
    questions: [question('q1', 9), question('q2', 8), question('q3', 5, true), question('q4', 3), question('q5', 2), question('q6', 1)],
    polls: [poll('p1', true), poll('p2', false)],
    pollResults: { p1: { type: 'single', respondents: 3, counts: { o1: 3 } } },
    speakers: [speaker('s1', 'waiting'), speaker('s2', 'speaking')],
    consensus: [],
    consensusTallies: {},
    survey: { open: false, respondents: 0 },
    projector: { mode: 'agenda' },
    checkIn: { enabled: false },
    viewer: { role: 'projector' },
    ...patch,
  };
}

describe(toProjectorModel.name, () => {
  it("shows the server's join URL and builds the QR path from the encoded code", () => {
    const model = toProjectorModel(snapshot());
    expect(model.joinUrl).toBe('http://192.168.1.20:3000/j/AB%2012');
    expect(model.qrSrc).toBe('/api/join/AB%2012/qr.svg');
    expect(model.joinCode).toBe('AB 12');
  });

  it('follows the mode and finds the current agenda item by id', () => {
    const model = toProjectorModel(snapshot());
    expect(model.mode).toBe('agenda');
    expect(model.currentAgenda?.title).toBe('Diskusi');
    expect(toProjectorModel(snapshot({ currentAgendaItemId: null })).currentAgenda).toBeNull();
  });

  it('keeps only the top questions, in the ranked order received, and finds the pinned one', () => {
    const model = toProjectorModel(snapshot());
    expect(model.questions).toHaveLength(PROJECTOR_QUESTION_COUNT);
    expect(model.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(model.pinned?.id).toBe('q3');
  });

  it('shows a poll with its results only when the room may see them', () => {
    const visible = toProjectorModel(snapshot({ projector: { mode: 'poll', pollId: 'p1' } }));
    expect(visible.poll?.results).toEqual({ type: 'single', respondents: 3, counts: { o1: 3 } });
    const hidden = toProjectorModel(
      snapshot({ projector: { mode: 'poll', pollId: 'p2' }, pollResults: { p2: { type: 'single', respondents: 1, counts: {} } } }),
    );
    expect(hidden.poll?.poll.id).toBe('p2');
    expect(hidden.poll?.results).toBeNull();
    expect(toProjectorModel(snapshot({ projector: { mode: 'poll', pollId: 'gone' } })).poll).toBeNull();
    expect(toProjectorModel(snapshot()).poll).toBeNull();
  });

  it('splits the speaker queue and passes attendance through', () => {
    const model = toProjectorModel(snapshot());
    expect(model.speakers.speaking.map((s) => s.id)).toEqual(['s2']);
    expect(model.speakers.waiting.map((s) => s.id)).toEqual(['s1']);
    expect(model.attendance).toEqual({ room: 42, online: 7 });
  });
});

describe(projectorConsensus.name, () => {
  const item = (id: string, patch: Partial<ConsensusItemView>): ConsensusItemView => ({
    id,
    agendaItemId: null,
    text: `Kesepakatan ${id}`,
    status: 'open',
    number: null,
    followUp: null,
    openedAt: '2026-12-01T10:00:00.000Z',
    decidedAt: null,
    createdAt: '2026-12-01T09:00:00.000Z',
    ...patch,
  });

  it('is absent until an item is put to the room or approved', () => {
    expect(projectorConsensus({ consensus: [], consensusTallies: {} })).toBeNull();
    expect(toProjectorModel(snapshot()).consensus).toBeNull();
  });

  it('shows open items with their live counts, zeros before the first signal', () => {
    const model = projectorConsensus({
      consensus: [item('o1', {}), item('o2', { openedAt: '2026-12-01T09:59:00.000Z' })],
      consensusTallies: { o1: { total: { agree: 12, disagree: 3, abstain: 2 }, byCategory: {} } },
    });
    expect(model?.open.map((o) => [o.item.id, o.counts, o.total])).toEqual([
      ['o2', { agree: 0, disagree: 0, abstain: 0 }, 0],
      ['o1', { agree: 12, disagree: 3, abstain: 2 }, 17],
    ]);
    expect(model?.approved).toEqual([]);
    expect(model?.moreOpen).toBe(0);
  });

  it('shows at most two open items and counts the others', () => {
    const open = ['10:01', '10:03', '10:02'].map((time, i) => item(`o${i}`, { openedAt: `2026-12-01T${time}:00.000Z` }));
    const model = projectorConsensus({ consensus: open, consensusTallies: {} });
    expect(model?.open.map((o) => o.item.id)).toEqual(['o0', 'o2']);
    expect(model?.open).toHaveLength(PROJECTOR_OPEN_COUNT);
    expect(model?.moreOpen).toBe(1);
  });

  it('lists approved items by number, the latest ones, and counts the earlier ones', () => {
    const approved = [6, 2, 4, 1, 5, 3].map((n) => item(`a${n}`, { status: 'approved', number: n }));
    const model = projectorConsensus({ consensus: approved, consensusTallies: {} });
    expect(model?.approved.map((a) => a.number)).toEqual([3, 4, 5, 6]);
    expect(model?.approved).toHaveLength(PROJECTOR_APPROVED_COUNT);
    expect(model?.earlierApproved).toBe(2);
    expect(model?.open).toEqual([]);
  });

  it('comes with every projector view', () => {
    const consensus = [item('a1', { status: 'approved', number: 1 })];
    for (const projector of [{ mode: 'join' }, { mode: 'agenda' }, { mode: 'speakers' }, { mode: 'poll', pollId: 'p1' }] as const) {
      expect(toProjectorModel(snapshot({ projector, consensus })).consensus?.approved.map((a) => a.id)).toEqual(['a1']);
    }
  });
});
