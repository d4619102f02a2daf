import { visibleQuestions, votedIds } from './question-list';
import { publicQuestionFixture as question } from './test-fixtures';

const questions = [
  question('q1', { upvotes: 1, createdAt: '2026-01-10T02:01:00Z', agendaItemId: 'a1' }),
  question('q2', { upvotes: 5, createdAt: '2026-01-10T02:02:00Z' }),
  question('q3', { upvotes: 1, createdAt: '2026-01-10T02:03:00Z', agendaItemId: null }),
];
const ids = (list: { id: string }[]) => list.map((q) => q.id);

describe('visibleQuestions', () => {
  it('sorts by upvotes, older first on a tie', () => {
    expect(ids(visibleQuestions(questions, 'top', 'all', 'a2'))).toEqual(['q2', 'q1', 'q3']);
  });

  it('sorts newest first', () => {
    expect(ids(visibleQuestions(questions, 'recent', 'all', 'a2'))).toEqual(['q3', 'q2', 'q1']);
  });

  it("keeps the current agenda item's questions only", () => {
    expect(ids(visibleQuestions(questions, 'recent', 'current', 'a1'))).toEqual(['q1']);
  });

  it('shows everything when no agenda item is current', () => {
    expect(ids(visibleQuestions(questions, 'top', 'current', null))).toHaveLength(3);
  });

  it('leaves the input untouched', () => {
    visibleQuestions(questions, 'recent', 'all', null);
    expect(ids(questions)).toEqual(['q1', 'q2', 'q3']);
  });
});

describe('votedIds', () => {
  it("lays this device's toggles over the server's upvotes", () => {
    expect([...votedIds(['q1', 'q2'], { q2: false, q3: true })].sort()).toEqual(['q1', 'q3']);
  });
});
