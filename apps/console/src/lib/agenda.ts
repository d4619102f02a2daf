import type { AgendaItemView } from '@mufakat/contracts';

/** Agenda items in the order the organiser planned them. */
export function sortAgenda(agenda: readonly AgendaItemView[]): AgendaItemView[] {
  return [...agenda].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

export function findAgendaItem(agenda: readonly AgendaItemView[], id: string | null | undefined): AgendaItemView | undefined {
  return id ? agenda.find((item) => item.id === id) : undefined;
}

/**
 * What "Next item" starts: the item planned after the current one; with nothing current (or a current id
 * that no longer names an item), the first item not yet held, else the first. `undefined` after the last.
 */
export function nextAgendaItemId(agenda: readonly AgendaItemView[], currentId: string | null): string | undefined {
  const ordered = sortAgenda(agenda);
  const index = currentId ? ordered.findIndex((item) => item.id === currentId) : -1;
  if (index !== -1) return ordered[index + 1]?.id;
  return (ordered.find((item) => item.status === 'upcoming') ?? ordered[0])?.id;
}

/** Planned time in seconds, for timers. */
export function plannedSeconds(item: Pick<AgendaItemView, 'plannedMinutes'>): number {
  return item.plannedMinutes * 60;
}
