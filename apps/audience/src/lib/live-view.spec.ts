import type { ForumSnapshot, MyQuestion } from '@mufakat/contracts';
import { attendeeViewer, currentAgendaItem, mergeMyQuestions } from './live-view';

function snapshot(patch: Partial<ForumSnapshot> = {}): ForumSnapshot {
  return {
    seq: 1,
    forum: {
      forumId: 'f1',
      joinCode: 'ABC123',
      joinUrl: 'http://venue.test/j/ABC123',
      title: 'FKP Layanan KTP',
      theme: 'Standar pelayanan',
      serviceName: 'KTP-el',
      unitName: 'Disdukcapil',
      venue: 'Aula',
      startsAt: '2026-01-10T02:00:00.000Z',
      streamUrl: null,
    },
    agenda: [
      { id: 'a1', position: 1, title: 'Pembukaan', plannedMinutes: 10 },
      { id: 'a2', position: 2, title: 'Diskusi', plannedMinutes: 60 },
    ],
    currentAgendaItemId: 'a2',
    attendance: { room: 3, online: 4 },
    questions: [],
    viewer: { role: 'attendee', participantId: 'p1', name: 'Siti', votedQuestionIds: ['q1'], myQuestions: [] },
    ...patch,
  };
}

const question = (id: string, createdAt: string, status: MyQuestion['status'] = 'pending'): MyQuestion => ({
  id,
  agendaItemId: null,
  text: `question ${id}`,
  status,
  createdAt,
});

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
    expect(attendeeViewer(snapshot()).votedQuestionIds).toEqual(['q1']);
  });

  it('gives empty lists to any other viewer', () => {
    expect(attendeeViewer(snapshot({ viewer: { role: 'projector' } }))).toEqual({
      votedQuestionIds: [],
      myQuestions: [],
    });
  });
});

describe('mergeMyQuestions', () => {
  it('shows questions acknowledged on this device before the server lists them', () => {
    const asked = [question('q2', '2026-01-10T02:05:00Z')];
    expect(mergeMyQuestions([], asked).map((q) => q.id)).toEqual(['q2']);
  });

  it("lets the server's copy win, so a moderation decision replaces the local pending status", () => {
    const asked = [question('q2', '2026-01-10T02:05:00Z', 'pending')];
    const server = [question('q2', '2026-01-10T02:05:00Z', 'approved')];
    expect(mergeMyQuestions(server, asked)).toEqual(server);
  });

  it('orders newest first', () => {
    const server = [question('q1', '2026-01-10T02:01:00Z'), question('q3', '2026-01-10T02:09:00Z')];
    const asked = [question('q2', '2026-01-10T02:05:00Z')];
    expect(mergeMyQuestions(server, asked).map((q) => q.id)).toEqual(['q3', 'q2', 'q1']);
  });
});
