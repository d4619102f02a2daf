import { applyForumChange, rankQuestions } from './forum-state';
import type { ForumSnapshot, PublicQuestion } from './live';

const question = (id: string, upvotes: number, createdAt: string): PublicQuestion => ({
  id,
  agendaItemId: null,
  text: id,
  authorName: 'A',
  upvotes,
  createdAt,
});

const snapshot = (overrides: Partial<ForumSnapshot> = {}): ForumSnapshot => ({
  seq: 10,
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
  agenda: [],
  currentAgendaItemId: null,
  attendance: { room: 0, online: 0 },
  questions: [],
  viewer: { role: 'projector' },
  ...overrides,
});

describe(rankQuestions.name, () => {
  it('puts the most upvoted first and keeps ties in the order they were asked', () => {
    const ranked = rankQuestions([
      question('late', 2, '2026-01-01T00:03:00Z'),
      question('top', 5, '2026-01-01T00:02:00Z'),
      question('early', 2, '2026-01-01T00:01:00Z'),
    ]);
    expect(ranked.map((q) => q.id)).toEqual(['top', 'early', 'late']);
  });
});

describe(applyForumChange.name, () => {
  it('applies the next public change and advances the sequence', () => {
    const result = applyForumChange(snapshot(), {
      stream: 'public',
      seq: 11,
      change: { type: 'attendance.counted', attendance: { room: 3, online: 4 } },
    });
    expect(result.kind).toBe('applied');
    expect(result.state.seq).toBe(11);
    expect(result.state.attendance).toEqual({ room: 3, online: 4 });
  });

  it('reports a gap when a change was missed, and ignores one already seen', () => {
    const change = { type: 'agenda.current', currentAgendaItemId: 'a' } as const;
    expect(applyForumChange(snapshot(), { stream: 'public', seq: 12, change }).kind).toBe('gap');
    expect(applyForumChange(snapshot(), { stream: 'public', seq: 10, change }).kind).toBe('stale');
  });

  it('re-ranks questions when tallies arrive', () => {
    const state = snapshot({ questions: [question('a', 3, '2026-01-01T00:01:00Z'), question('b', 1, '2026-01-01T00:02:00Z')] });
    const result = applyForumChange(state, { stream: 'public', seq: 11, change: { type: 'tallies', upvotes: { b: 7 } } });
    expect(result.state.questions.map((q) => [q.id, q.upvotes])).toEqual([
      ['b', 7],
      ['a', 3],
    ]);
  });

  it('keeps the staff stream separate and ignores it for non-staff viewers', () => {
    const moderated = { type: 'question.moderated', questionId: 'p', status: 'approved' } as const;
    expect(applyForumChange(snapshot(), { stream: 'staff', seq: 1, change: moderated }).kind).toBe('stale');
    const staffState = snapshot({
      staff: {
        seq: 4,
        participants: [],
        pendingQuestions: [
          {
            id: 'p',
            agendaItemId: null,
            text: 'x',
            authorName: 'A',
            authorInstitution: 'I',
            authorCategory: 'media',
            status: 'pending',
            createdAt: '2026-01-01T00:00:00Z',
          },
        ],
      },
    });
    const result = applyForumChange(staffState, { stream: 'staff', seq: 5, change: moderated });
    expect(result.kind).toBe('applied');
    expect(result.state.staff?.pendingQuestions).toEqual([]);
    expect(result.state.seq).toBe(10);
    expect(applyForumChange(staffState, { stream: 'staff', seq: 7, change: moderated }).kind).toBe('gap');
  });
});
