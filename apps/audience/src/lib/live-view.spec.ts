import { attendeeViewer, currentAgendaItem, mergeMyQuestions } from './live-view';
import { myQuestionFixture as question, snapshotFixture as snapshot } from './test-fixtures';

describe('currentAgendaItem', () => {
  it('finds the current item', () => {
    expect(currentAgendaItem(snapshot())?.title).toBe('Diskusi');
  });

  it('gives null before the forum starts or for an id not in the agenda', () => {
    expect(currentAgendaItem(snapshot({ currentAgendaItemId: null }))).toBeNull();
    expect(currentAgendaItem(snapshot({ currentAgendaItemId: 'gone' }))).toBeNull();
  });
});

describe('attendeeViewer', () => {
  it('passes the attendee view through', () => {
    const view = attendeeViewer(snapshot());
    expect([view.participantId, view.votedQuestionIds, view.myPollAnswers]).toEqual(['p1', ['q1'], {}]);
  });

  it('gives empty lists to any other viewer', () => {
    expect(attendeeViewer(snapshot({ viewer: { role: 'projector' } }))).toEqual({
      participantId: null,
      votedQuestionIds: [],
      myQuestions: [],
      myPollAnswers: {},
      myConsensusSignals: {},
      mySurvey: null,
      signing: null,
      verified: false,
    });
  });
});

describe('mergeMyQuestions', () => {
  it('shows questions acknowledged on this device before the server lists them', () => {
    const asked = question('q2', '2026-01-10T02:05:00Z');
    expect(mergeMyQuestions([], [{ question: asked, base: undefined }]).map((q) => q.id)).toEqual(['q2']);
  });

  it("lets the server's copy win once it lists the question, so a moderation decision shows", () => {
    const asked = question('q2', '2026-01-10T02:05:00Z');
    const server = [question('q2', '2026-01-10T02:05:00Z', { status: 'approved' })];
    expect(mergeMyQuestions(server, [{ question: asked, base: undefined }])).toEqual(server);
  });

  it('keeps an acknowledged edit over the copy it was made against, until the server copy changes', () => {
    const before = question('q1', '2026-01-10T02:01:00Z');
    const edited = { ...before, text: 'edited' };
    expect(mergeMyQuestions([before], [{ question: edited, base: before }])[0].text).toBe('edited');
    const approved = { ...edited, status: 'approved' as const };
    expect(mergeMyQuestions([approved], [{ question: edited, base: before }])[0]).toBe(approved);
  });

  it('drops a question the server stopped listing (withdrawn, after a resync)', () => {
    const before = question('q1', '2026-01-10T02:01:00Z');
    const withdrawn = { ...before, status: 'withdrawn' as const };
    expect(mergeMyQuestions([before], [{ question: withdrawn, base: before }])[0].status).toBe('withdrawn');
    expect(mergeMyQuestions([], [{ question: withdrawn, base: before }])).toEqual([]);
  });

  it('orders newest first', () => {
    const server = [question('q1', '2026-01-10T02:01:00Z'), question('q3', '2026-01-10T02:09:00Z')];
    const asked = question('q2', '2026-01-10T02:05:00Z');
    expect(mergeMyQuestions(server, [{ question: asked, base: undefined }]).map((q) => q.id)).toEqual(['q3', 'q2', 'q1']);
  });
});
