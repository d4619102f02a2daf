import type { Forum } from '@mufakat/persistence';
import type { EntityManager } from 'typeorm';
import { SnapshotParts } from './snapshot-parts.registry';

describe(SnapshotParts.name, () => {
  const manager = {} as EntityManager;
  const forum = { id: 'f1' } as Forum;

  it('merges the parts features registered, reading them one after another', async () => {
    const parts = new SnapshotParts();
    const order: string[] = [];
    parts.addRoom(['agenda', 'currentAgendaItemId'], async () => {
      order.push('agenda');
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push('agenda done');
      return { agenda: [], currentAgendaItemId: null };
    });
    parts.addRoom(['speakers'], async () => {
      order.push('speakers');
      return { speakers: [] };
    });
    expect(await parts.readRoom(manager, forum)).toEqual({ agenda: [], currentAgendaItemId: null, speakers: [] });
    expect(order).toEqual(['agenda', 'agenda done', 'speakers']);
  });

  it('names every field no feature provides', () => {
    const parts = new SnapshotParts();
    parts.addRoom(['speakers'], async () => ({ speakers: [] }));
    parts.addStaff(['ikm'], async () => ({ ikm: null }));
    const missing = parts.missing();
    expect(missing).toContain('room.questions');
    expect(missing).toContain('staff.documents');
    expect(missing).toContain('attendee.signing');
    expect(missing).not.toContain('room.speakers');
    expect(missing).not.toContain('staff.ikm');
  });

  it('refuses a field registered by two features', () => {
    const parts = new SnapshotParts();
    parts.addStaff(['questions'], async () => ({ questions: [] }));
    expect(() => parts.addStaff(['questions', 'participants'], async () => ({ questions: [], participants: [] }))).toThrow(/questions is registered twice/);
  });
});
