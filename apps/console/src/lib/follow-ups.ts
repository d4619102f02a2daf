import { ACCOUNTABILITY_LIMITS, EVIDENCE_MIME_TYPES, unitRoleAllows, type ActionTimeliness, type BoardFilter, type UnitRole } from '@mufakat/contracts';
import type { FieldError } from './validation';

/** The board's address with its filters as the server reads them. */
export function boardQuery(filter: BoardFilter): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.overdue) params.set('overdue', 'true');
  if (filter.forumId) params.set('forumId', filter.forumId);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function canUpdate(role: UnitRole): boolean {
  return unitRoleAllows(role, 'updateFollowUps');
}

export function canManage(role: UnitRole): boolean {
  return unitRoleAllows(role, 'manageUnit');
}

/** Timeliness that needs the reader's attention gets a warning badge. */
export function timelinessTone(timeliness: ActionTimeliness): 'danger' | 'warning' | 'ok' | 'neutral' {
  if (timeliness === 'overdue' || timeliness === 'done_late') return 'danger';
  if (timeliness === 'due_soon') return 'warning';
  if (timeliness === 'done_on_time' || timeliness === 'on_track') return 'ok';
  return 'neutral';
}

export interface UpdateErrors {
  progress?: FieldError;
  note?: FieldError;
  files?: FieldError;
}

/** What the server would refuse, said before sending: progress 0–100, a note within its limit, few and small files. */
export function validateUpdate(progress: string, note: string, files: ReadonlyArray<{ size: number; type: string }>): UpdateErrors {
  const errors: UpdateErrors = {};
  const value = Number(progress);
  if (!/^\d{1,3}$/.test(progress.trim()) || value > 100) errors.progress = { key: 'followUpProgress' };
  if (note.trim().length > ACCOUNTABILITY_LIMITS.note) errors.note = { key: 'tooLong', values: { max: ACCOUNTABILITY_LIMITS.note } };
  if (files.length > ACCOUNTABILITY_LIMITS.evidencePerUpdate)
    errors.files = { key: 'evidenceTooMany', values: { max: ACCOUNTABILITY_LIMITS.evidencePerUpdate } };
  else if (files.some((file) => file.size > ACCOUNTABILITY_LIMITS.evidenceBytes))
    errors.files = { key: 'evidenceTooLarge', values: { max: ACCOUNTABILITY_LIMITS.evidenceBytes / (1024 * 1024) } };
  else if (files.some((file) => !(EVIDENCE_MIME_TYPES as readonly string[]).includes(file.type))) errors.files = { key: 'evidenceType' };
  return errors;
}
