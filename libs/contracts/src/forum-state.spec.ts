import { applyForumChange, rankQuestions, recentQuestions } from './forum-state';
import type { ForumSnapshot, StaffState } from './live';
import type { PollView } from './polls';
import type { ModerationQuestion, PublicQuestion } from './questions';
import type { FkpReportView } from './reports';

const question = (id: string, upvotes: number, createdAt: string, patch: Partial<PublicQuestion> = {}): PublicQuestion => ({
  id,
  agendaItemId: null,
  text: id,
  authorName: 'A',
  upvotes,
  status: 'approved',
  pinned: false,
  reply: null,
  createdAt,
  ...patch,
});

const snapshot = (overrides: Partial<ForumSnapshot> = {}): ForumSnapshot => ({
  seq: 10,
  serverTime: '2026-01-01T00:00:00.000Z',
  forum: {
    forumId: 'f',
    joinCode: 'ABCDEF',
    joinUrl: 'http://venue.test/j/ABCDEF',
    title: 't',
    theme: 't',
    serviceName: 's',
    unitName: 'u',
    venue: 'v',
    startsAt: '2026-01-01T00:00:00.000Z',
    streamUrl: null,
  },
  settings: { preModeration: true, fullyAnonymous: false },
  agenda: [],
  currentAgendaItemId: null,
  attendance: { room: 0, online: 0 },
  questions: [],
  polls: [],
  pollResults: {},
  speakers: [],
  consensus: [],
  consensusTallies: {},
  survey: { open: false, respondents: 0 },
  projector: { mode: 'join' },
  checkIn: { enabled: false },
  viewer: { role: 'projector' },
  ...overrides,
});

const pending: ModerationQuestion = {
  id: 'p',
  agendaItemId: null,
  text: 'x',
  anonymous: false,
  authorName: 'A',
  authorInstitution: 'I',
  authorCategory: 'media',
  status: 'pending',
  upvotes: 0,
  pinned: false,
  reply: null,
  rejectionReason: null,
  createdAt: '2026-01-01T00:00:00Z',
};

const staff = (patch: Partial<StaffState> = {}): StaffState => ({
  seq: 4,
  questions: [pending],
  participants: [],
  polls: [],
  pollResults: {},
  consensus: [],
  ikm: null,
  documents: [],
  representatives: [],
  reports: [],
  ...patch,
});

describe(rankQuestions.name, () => {
  it('puts the most upvoted first and keeps ties in the order they were asked', () => {
    const ranked = rankQuestions([
      question('late', 2, '2026-01-01T00:03:00Z'),
      question('top', 5, '2026-01-01T00:02:00Z'),
      question('early', 2, '2026-01-01T00:01:00Z'),
    ]);
    expect(ranked.map((q) => q.id)).toEqual(['top', 'early', 'late']);
    expect(recentQuestions(ranked).map((q) => q.id)).toEqual(['late', 'top', 'early']);
  });
});

describe(applyForumChange.name, () => {
  it('applies the next public change and advances the sequence', () => {
    const result = applyForumChange(snapshot(), {
      stream: 'public',
      seq: 11,
      change: { type: 'survey.changed', survey: { open: true, respondents: 4 } },
    });
    expect(result.kind).toBe('applied');
    expect(result.state.seq).toBe(11);
    expect(result.state.survey).toEqual({ open: true, respondents: 4 });
  });

  it('reports a gap when a change was missed, and ignores one already seen', () => {
    const change = { type: 'projector.changed', projector: { mode: 'speakers' } } as const;
    expect(applyForumChange(snapshot(), { stream: 'public', seq: 12, change }).kind).toBe('gap');
    expect(applyForumChange(snapshot(), { stream: 'public', seq: 10, change }).kind).toBe('stale');
    expect(applyForumChange(snapshot(), { stream: 'public', seq: 11, change }).state.projector).toEqual({ mode: 'speakers' });
  });

  it('re-ranks questions when tallies arrive', () => {
    const state = snapshot({ questions: [question('a', 3, '2026-01-01T00:01:00Z'), question('b', 1, '2026-01-01T00:02:00Z')] });
    const result = applyForumChange(state, { stream: 'public', seq: 11, change: { type: 'tallies', upvotes: { b: 7 } } });
    expect(result.state.questions.map((q) => [q.id, q.upvotes])).toEqual([
      ['b', 7],
      ['a', 3],
    ]);
  });

  it('keeps one pinned question and drops archived ones', () => {
    const state = snapshot({ questions: [question('a', 3, '2026-01-01T00:01:00Z', { pinned: true }), question('b', 1, '2026-01-01T00:02:00Z')] });
    const pinned = applyForumChange(state, {
      stream: 'public',
      seq: 11,
      change: { type: 'question.upserted', question: question('b', 1, '2026-01-01T00:02:00Z', { pinned: true }) },
    }).state;
    expect(pinned.questions.filter((q) => q.pinned).map((q) => q.id)).toEqual(['b']);
    const removed = applyForumChange(pinned, { stream: 'public', seq: 12, change: { type: 'question.removed', questionId: 'a' } }).state;
    expect(removed.questions.map((q) => q.id)).toEqual(['b']);
  });

  it('drops a removed poll together with its results', () => {
    const state = snapshot({
      pollResults: { p1: { type: 'single', respondents: 1, counts: { o1: 1 } } },
    });
    const result = applyForumChange(state, { stream: 'public', seq: 11, change: { type: 'poll.removed', pollId: 'p1' } });
    expect(result.state.pollResults).toEqual({});
  });

  it('keeps the staff stream separate and ignores it for non-staff viewers', () => {
    const updated = { type: 'question.updated', question: { ...pending, status: 'approved' } } as const;
    expect(applyForumChange(snapshot(), { stream: 'staff', seq: 1, change: updated }).kind).toBe('stale');
    const staffState = snapshot({ staff: staff() });
    const result = applyForumChange(staffState, { stream: 'staff', seq: 5, change: updated });
    expect(result.kind).toBe('applied');
    expect(result.state.staff?.questions).toEqual([{ ...pending, status: 'approved' }]);
    expect(result.state.seq).toBe(10);
    expect(applyForumChange(staffState, { stream: 'staff', seq: 7, change: updated }).kind).toBe('gap');
  });
});

describe('poll results visibility', () => {
  it("drops results from the room when a poll's results are hidden", () => {
    const poll: PollView = {
      id: 'p1',
      agendaItemId: null,
      question: 'q',
      type: 'single',
      options: [],
      maxChoices: null,
      scaleMax: null,
      rankingMethod: null,
      status: 'open',
      resultsVisible: false,
      allowChange: true,
      createdAt: '2026-01-01T00:00:00Z',
      openedAt: '2026-01-01T00:00:00Z',
      closedAt: null,
    };
    const state = snapshot({ polls: [{ ...poll, resultsVisible: true }], pollResults: { p1: { type: 'single', respondents: 2, counts: {} } } });
    const hidden = applyForumChange(state, { stream: 'public', seq: 11, change: { type: 'poll.upserted', poll } }).state;
    expect(hidden.pollResults).toEqual({});
    expect(hidden.polls[0].resultsVisible).toBe(false);
  });
});

describe('consensus changes', () => {
  const item = {
    id: 'c1',
    agendaItemId: null,
    text: 'Antrean daring',
    status: 'open' as const,
    number: null,
    followUp: null,
    openedAt: null,
    decidedAt: null,
    createdAt: '2026-01-01T00:00:00Z',
  };
  const tally = { total: { agree: 2, disagree: 1, abstain: 0 }, byCategory: { media: { agree: 2, disagree: 1, abstain: 0 } } };

  it('adds an item put to the room, counts its signals, and drops both when it is withdrawn', () => {
    let state = applyForumChange(snapshot(), { stream: 'public', seq: 11, change: { type: 'consensus.upserted', item } }).state;
    state = applyForumChange(state, { stream: 'public', seq: 12, change: { type: 'consensus.tally', itemId: 'c1', tally } }).state;
    expect(state.consensus).toEqual([item]);
    expect(state.consensusTallies.c1.total.agree).toBe(2);
    state = applyForumChange(state, { stream: 'public', seq: 13, change: { type: 'consensus.removed', itemId: 'c1' } }).state;
    expect(state.consensus).toEqual([]);
    expect(state.consensusTallies).toEqual({});
  });

  it('keeps staff document versions newest first', () => {
    const doc = (id: string, version: number) => ({
      id,
      version,
      language: 'id' as const,
      status: 'ready' as const,
      progress: 100,
      sha256: {},
      sizes: {},
      missingSignatures: [],
      signedCount: 0,
      error: null,
      requestedAt: '',
      completedAt: null,
      documentNumber: null,
      final: false,
      contentFingerprint: null,
      revision: 0,
      publicCode: null,
    });
    let state = snapshot({ staff: staff() });
    state = applyForumChange(state, { stream: 'staff', seq: 5, change: { type: 'document.updated', document: doc('a', 1) } }).state;
    state = applyForumChange(state, { stream: 'staff', seq: 6, change: { type: 'document.updated', document: doc('b', 2) } }).state;
    state = applyForumChange(state, { stream: 'staff', seq: 7, change: { type: 'document.updated', document: { ...doc('a', 1), status: 'failed' } } }).state;
    expect(state.staff?.documents.map((d) => [d.version, d.status])).toEqual([
      [2, 'ready'],
      [1, 'failed'],
    ]);
  });

  it('keeps FKP reports newest first as they move', () => {
    const report = (id: string, requestedAt: string): FkpReportView => ({
      id,
      language: 'id',
      status: 'queued',
      progress: 0,
      error: null,
      sha256: {},
      sizes: {},
      beritaAcara: null,
      requestedAt,
      completedAt: null,
    });
    let state = snapshot({ staff: staff() });
    state = applyForumChange(state, { stream: 'staff', seq: 5, change: { type: 'report.updated', report: report('a', '2024-10-29T08:00:00.000Z') } }).state;
    state = applyForumChange(state, { stream: 'staff', seq: 6, change: { type: 'report.updated', report: report('b', '2024-10-29T09:00:00.000Z') } }).state;
    const running = { ...report('a', '2024-10-29T08:00:00.000Z'), status: 'running' as const, progress: 40 };
    state = applyForumChange(state, { stream: 'staff', seq: 7, change: { type: 'report.updated', report: running } }).state;
    expect(state.staff?.reports.map((r) => [r.id, r.status, r.progress])).toEqual([
      ['b', 'queued', 0],
      ['a', 'running', 40],
    ]);
  });
});
