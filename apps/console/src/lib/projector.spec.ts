import type { ForumSnapshot, PublicQuestion } from '@mufakat/contracts';
import { PROJECTOR_QUESTION_COUNT, toProjectorModel } from './projector';

const question = (id: string, upvotes: number): PublicQuestion => ({
  id,
  agendaItemId: null,
  text: `Question ${id}`,
  authorName: 'Budi',
  upvotes,
  createdAt: '2026-12-01T09:00:00.000Z',
});

function snapshot(patch: Partial<ForumSnapshot> = {}): ForumSnapshot {
  return {
    seq: 3,
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
    agenda: [
      { id: 'a1', position: 0, title: 'Pembukaan', plannedMinutes: 10 },
      { id: 'a2', position: 1, title: 'Diskusi', plannedMinutes: 60 },
    ],
    currentAgendaItemId: 'a2',
    attendance: { room: 42, online: 7 },
    questions: [question('q1', 9), question('q2', 8), question('q3', 5), question('q4', 3), question('q5', 2), question('q6', 1)],
    viewer: { role: 'projector' },
    ...patch,
  };
}

describe('toProjectorModel', () => {
  it('shows the server\'s join URL and builds the QR path from the encoded code', () => {
    const model = toProjectorModel(snapshot());
    expect(model.joinUrl).toBe('http://192.168.1.20:3000/j/AB%2012');
    expect(model.qrSrc).toBe('/api/join/AB%2012/qr.svg');
    expect(model.joinCode).toBe('AB 12');
  });

  it('shows the current agenda item by id', () => {
    expect(toProjectorModel(snapshot()).currentAgendaTitle).toBe('Diskusi');
    expect(toProjectorModel(snapshot({ currentAgendaItemId: null })).currentAgendaTitle).toBeNull();
  });

  it('keeps only the top questions, in the ranked order received', () => {
    const model = toProjectorModel(snapshot());
    expect(model.questions).toHaveLength(PROJECTOR_QUESTION_COUNT);
    expect(model.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
  });

  it('passes attendance through', () => {
    expect(toProjectorModel(snapshot()).attendance).toEqual({ room: 42, online: 7 });
  });
});
