import { projectorOnAgendaStart } from './projector';

describe(projectorOnAgendaStart.name, () => {
  it('moves an unpinned join slide to the agenda', () => {
    expect(projectorOnAgendaStart({ mode: 'join' })).toEqual({ mode: 'agenda' });
    expect(projectorOnAgendaStart({ mode: 'join', pinned: false })).toEqual({ mode: 'agenda' });
  });

  it('keeps a pinned join slide and every other view', () => {
    expect(projectorOnAgendaStart({ mode: 'join', pinned: true })).toBeNull();
    expect(projectorOnAgendaStart({ mode: 'agenda' })).toBeNull();
    expect(projectorOnAgendaStart({ mode: 'speakers' })).toBeNull();
    expect(projectorOnAgendaStart({ mode: 'poll', pollId: 'p' })).toBeNull();
  });
});
