export const AGENDA_STATUSES = ['upcoming', 'running', 'done'] as const;
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];

export interface AgendaItemView {
  id: string;
  position: number;
  title: string;
  plannedMinutes: number;
  status: AgendaStatus;
  startedAt: string | null;
  endedAt: string | null;
}

/** Makes the item current and running; a running item before it is ended. */
export interface StartAgendaItemRequest {
  agendaItemId: string;
}

export interface EndAgendaItemRequest {
  agendaItemId: string;
}

/** Every agenda item id of the forum, in the new order. */
export interface ReorderAgendaRequest {
  orderedIds: string[];
}

export interface AgendaState {
  agenda: AgendaItemView[];
  currentAgendaItemId: string | null;
}
