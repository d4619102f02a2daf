import type { AgendaItemView } from '@mufakat/contracts';
import { findAgendaItem, nextAgendaItemId, sortAgenda } from './agenda';

const item = (id: string, position: number): AgendaItemView => ({ id, position, title: `Item ${id}`, plannedMinutes: 10 });
// Deliberately out of order: the server's array order is not the planned order.
const agenda = [item('c', 2), item('a', 0), item('b', 1)];

describe('sortAgenda', () => {
  it('orders by planned position without touching the input', () => {
    expect(sortAgenda(agenda).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(agenda.map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('nextAgendaItemId', () => {
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

  it('starts over at the first item when the current id is unknown', () => {
    expect(nextAgendaItemId(agenda, 'deleted')).toBe('a');
  });

  it('has nothing to start in an empty agenda', () => {
    expect(nextAgendaItemId([], null)).toBeUndefined();
  });
});

describe('findAgendaItem', () => {
  it('finds by id and treats null as none', () => {
    expect(findAgendaItem(agenda, 'b')?.title).toBe('Item b');
    expect(findAgendaItem(agenda, null)).toBeUndefined();
    expect(findAgendaItem(agenda, 'zzz')).toBeUndefined();
  });
});
