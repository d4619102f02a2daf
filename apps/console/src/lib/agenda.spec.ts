import type { AgendaItemView } from '@mufakat/contracts';
import { findAgendaItem, nextAgendaItemId, plannedSeconds, sortAgenda } from './agenda';

const item = (id: string, position: number, status: AgendaItemView['status'] = 'upcoming'): AgendaItemView => ({
  id,
  position,
  title: `Item ${id}`,
  plannedMinutes: 10,
  status,
  startedAt: null,
  endedAt: null,
});
// Deliberately out of order: the server's array order is not the planned order.
const agenda = [item('c', 2), item('a', 0), item('b', 1)];

describe(sortAgenda.name, () => {
  it('orders by planned position without touching the input', () => {
    expect(sortAgenda(agenda).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(agenda.map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});

describe(nextAgendaItemId.name, () => {
  it('starts at the first planned item when nothing is current', () => {
    expect(nextAgendaItemId(agenda, null)).toBe('a');
  });

  it('moves to the item planned after the current one', () => {
    expect(nextAgendaItemId(agenda, 'a')).toBe('b');
    expect(nextAgendaItemId(agenda, 'b')).toBe('c');
  });

  it('has nowhere to go after the last item', () => {
    expect(nextAgendaItemId(agenda, 'c')).toBeUndefined();
  });

  it('with nothing current, skips items already held', () => {
    const held = [item('a', 0, 'done'), item('b', 1), item('c', 2)];
    expect(nextAgendaItemId(held, null)).toBe('b');
    expect(nextAgendaItemId(held, 'deleted')).toBe('b');
    const allDone = [item('a', 0, 'done'), item('b', 1, 'done')];
    expect(nextAgendaItemId(allDone, null)).toBe('a');
  });

  it('has nothing to start in an empty agenda', () => {
    expect(nextAgendaItemId([], null)).toBeUndefined();
  });
});

describe(findAgendaItem.name, () => {
  it('finds by id and treats null as none', () => {
    expect(findAgendaItem(agenda, 'b')?.title).toBe('Item b');
    expect(findAgendaItem(agenda, null)).toBeUndefined();
    expect(findAgendaItem(agenda, 'zzz')).toBeUndefined();
  });
});

describe(plannedSeconds.name, () => {
  it('converts planned minutes', () => {
    expect(plannedSeconds({ plannedMinutes: 45 })).toBe(2700);
  });
});
