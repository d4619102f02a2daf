import type { AgendaItemView } from '@mufakat/contracts';

/** Agenda items in the order the organiser planned them. */
export function sortAgenda(agenda: readonly AgendaItemView[]): AgendaItemView[] {
  return [...agenda].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

export function findAgendaItem(
  agenda: readonly AgendaItemView[],
  id: string | null | undefined,
): AgendaItemView | undefined {
  return id ? agenda.find((item) => item.id === id) : undefined;
}

/**
 * Where "Next item" moves to: the item after the current one, or the first when none is current
 * (or the current id no longer names an item). `undefined` once the last item is current.
 */
export function nextAgendaItemId(agenda: readonly AgendaItemView[], currentId: string | null): string | undefined {
  const ordered = sortAgenda(agenda);
  const index = currentId ? ordered.findIndex((item) => item.id === currentId) : -1;
  return ordered[index + 1]?.id;
}
