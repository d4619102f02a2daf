import type { ModerationQuestion, QuestionStatus } from '@mufakat/contracts';
import { authorLabel, DEFAULT_QUESTION_FILTERS, isModerated, isStatusFilter, pendingQueue, selectQuestions, withLiveUpvotes } from './questions';

const question = (id: string, status: QuestionStatus, upvotes: number, minute: number, agendaItemId: string | null = null): ModerationQuestion => ({
  id,
  agendaItemId,
  text: id,
  anonymous: false,
  authorName: 'Sari',
  authorInstitution: 'Warga',
  authorCategory: 'service_user',
  status,
  upvotes,
  pinned: false,
  reply: null,
  rejectionReason: null,
  createdAt: `2026-12-01T09:${String(minute).padStart(2, '0')}:00.000Z`,
});

const questions = [
  question('approved-low', 'approved', 1, 1, 'a1'),
  question('answered-top', 'answered', 9, 2, 'a2'),
  question('approved-new', 'approved', 4, 8),
  question('pending-2', 'pending', 0, 7),
  question('pending-1', 'pending', 0, 3),
  question('archived', 'archived', 20, 4, 'a1'),
  question('rejected', 'rejected', 0, 5),
  question('withdrawn', 'withdrawn', 0, 6),
];
const ids = (list: ModerationQuestion[]) => list.map((q) => q.id);

describe(selectQuestions.name, () => {
  it('shows the room its approved and answered questions, most upvoted first', () => {
    expect(ids(selectQuestions(questions, DEFAULT_QUESTION_FILTERS))).toEqual(['answered-top', 'approved-new', 'approved-low']);
  });

  it('sorts newest first on request', () => {
    expect(ids(selectQuestions(questions, { ...DEFAULT_QUESTION_FILTERS, sort: 'recent' }))).toEqual(['approved-new', 'answered-top', 'approved-low']);
  });

  it('filters by any single status, or shows all of them', () => {
    expect(ids(selectQuestions(questions, { ...DEFAULT_QUESTION_FILTERS, status: 'archived' }))).toEqual(['archived']);
    expect(ids(selectQuestions(questions, { ...DEFAULT_QUESTION_FILTERS, status: 'withdrawn' }))).toEqual(['withdrawn']);
    expect(selectQuestions(questions, { ...DEFAULT_QUESTION_FILTERS, status: 'all' })).toHaveLength(questions.length);
  });

  it('filters by agenda item, or by questions asked without one', () => {
    expect(ids(selectQuestions(questions, { status: 'all', agenda: 'a1', sort: 'top' }))).toEqual(['archived', 'approved-low']);
    expect(ids(selectQuestions(questions, { status: 'room', agenda: 'none', sort: 'top' }))).toEqual(['approved-new']);
  });
});

describe(pendingQueue.name, () => {
  it('keeps only pending questions, oldest first', () => {
    expect(ids(pendingQueue(questions))).toEqual(['pending-1', 'pending-2']);
  });
});

describe(isStatusFilter.name, () => {
  it('accepts the select values and nothing else', () => {
    expect(isStatusFilter('room')).toBe(true);
    expect(isStatusFilter('rejected')).toBe(true);
    expect(isStatusFilter('deleted')).toBe(false);
  });
});

describe(isModerated.name, () => {
  it('lets staff move only questions that passed moderation', () => {
    expect(['approved', 'answered', 'archived', 'pending', 'rejected', 'withdrawn'].map((s) => isModerated(s as QuestionStatus))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe(authorLabel.name, () => {
  it('names the asker, or marks an anonymous one while staff still see who asked', () => {
    expect(authorLabel({ anonymous: false, authorName: 'Sari', authorInstitution: 'Warga' })).toEqual({
      anonymous: false,
      name: 'Sari',
      institution: 'Warga',
    });
    expect(authorLabel({ anonymous: true, authorName: 'Sari', authorInstitution: 'Warga' }).anonymous).toBe(true);
  });

  it('has no name at all in a fully anonymous forum', () => {
    expect(authorLabel({ anonymous: true, authorName: null, authorInstitution: 'Warga' })).toEqual({
      anonymous: true,
      name: null,
      institution: null,
    });
  });
});

describe(withLiveUpvotes.name, () => {
  it('takes the upvote count from the room list, where the tallies arrive', () => {
    const merged = withLiveUpvotes(questions, [{ id: 'approved-low', upvotes: 30 }]);
    expect(merged.find((q) => q.id === 'approved-low')?.upvotes).toBe(30);
    expect(ids(selectQuestions(merged, DEFAULT_QUESTION_FILTERS))[0]).toBe('approved-low');
  });

  it('keeps the staff count for questions the room does not see, and the same objects when nothing changed', () => {
    const merged = withLiveUpvotes(questions, [{ id: 'answered-top', upvotes: 9 }]);
    expect(merged.find((q) => q.id === 'archived')?.upvotes).toBe(20);
    expect(merged.find((q) => q.id === 'answered-top')).toBe(questions.find((q) => q.id === 'answered-top'));
  });
});
