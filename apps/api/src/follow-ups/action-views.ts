import { actionTimeliness, type ActionUpdateView, type ActionView, type EvidenceView } from '@mufakat/contracts';
import type { FollowUpEvidence } from '@mufakat/persistence';
import type { ActionRow, UpdateRow } from './follow-ups.repository';

export interface ViewContext {
  /** YYYY-MM-DD in the server's zone. */
  today: string;
  dueSoonDays: number;
  evidenceUrl: (evidenceId: string) => string;
  /** Staff see who wrote an update; the public does not. */
  withAuthors: boolean;
}

export function toEvidenceView(evidence: FollowUpEvidence, url: (id: string) => string): EvidenceView {
  return { id: evidence.id, name: evidence.name, mime: evidence.mime, size: evidence.size, sha256: evidence.sha256, url: url(evidence.id) };
}

export function toUpdateView(row: UpdateRow, context: ViewContext): ActionUpdateView {
  const view: ActionUpdateView = {
    id: row.update.id,
    at: row.update.at.toISOString(),
    status: row.update.status,
    progress: row.update.progress,
    note: row.update.note,
    evidence: row.evidence.map((e) => toEvidenceView(e, context.evidenceUrl)),
  };
  if (context.withAuthors) view.authorName = row.authorName ?? '';
  return view;
}

export function toActionView(row: ActionRow, updates: UpdateRow[], context: ViewContext): ActionView {
  const { action } = row;
  return {
    id: action.id,
    forumId: action.forumId,
    itemNumber: row.itemNumber,
    action: action.action,
    responsibleUnit: action.responsibleUnit,
    deadline: action.deadline,
    timeFrame: action.timeFrame,
    status: action.status,
    progress: action.progress,
    droppedReason: action.droppedReason,
    completedOn: action.completedOn,
    timeliness: actionTimeliness(action, context.today, context.dueSoonDays),
    updates: updates.map((u) => toUpdateView(u, context)),
  };
}
