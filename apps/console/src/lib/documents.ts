import {
  apiPaths,
  DOCUMENT_LIMITS,
  SIGNATORY_SIDES,
  signatureStanding,
  type AddRepresentativeRequest,
  type CsvSeparator,
  type DocumentStatus,
  type ExportFormat,
  type ExportKind,
  type FkpReportView,
  type DocumentVersionView,
  type ParticipantView,
  type RepresentativeView,
  type SignatorySide,
} from '@mufakat/contracts';
import { requiredText, type FieldError } from './validation';

/** Queued or being written: the version shows a progress bar. */
export function isInProgress(status: DocumentStatus): boolean {
  return status === 'queued' || status === 'generating';
}

/** Progress 0–100 for a version's or a report's bar: 0 while queued, 100 once ready, the server's figure (kept in range) between. */
export function progressValue(document: Pick<DocumentVersionView, 'status' | 'progress'> | Pick<FkpReportView, 'status' | 'progress'>): number {
  if (document.status === 'queued') return 0;
  if (document.status === 'ready') return 100;
  const value = Number.isFinite(document.progress) ? Math.round(document.progress) : 0;
  return Math.min(100, Math.max(0, value));
}

/** "45%" in the reader's locale. */
export function formatPercent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}

/** File sizes as people read them: "820 kB", "1,4 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const [unit, divisor] = bytes >= 1_000_000 ? (['megabyte', 1_000_000] as const) : bytes >= 1_000 ? (['kilobyte', 1_000] as const) : (['byte', 1] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(
    bytes / divisor,
  );
}

export interface DocumentStatusChange {
  version: number;
  status: DocumentStatus;
}

/**
 * Versions that appeared or changed status between two states, oldest first: what is said aloud. Progress
 * ticks are left out, so a screen reader hears "queued", "generating", "ready", not every percent.
 */
export function documentStatusChanges(previous: readonly DocumentVersionView[], next: readonly DocumentVersionView[]): DocumentStatusChange[] {
  const before = new Map(previous.map((d) => [d.id, d.status]));
  return next
    .filter((d) => before.get(d.id) !== d.status)
    .map((d) => ({ version: d.version, status: d.status }))
    .sort((a, b) => a.version - b.version);
}

/** The version representatives sign: the newest ready one. */
export function newestReadyVersion(documents: readonly DocumentVersionView[]): number | null {
  const ready = documents.filter((d) => d.status === 'ready').map((d) => d.version);
  return ready.length ? Math.max(...ready) : null;
}

/** The newest ready version: the one representatives sign and whose file the console compares signatures with. */
export function newestReadyDocument(documents: readonly DocumentVersionView[]): DocumentVersionView | null {
  return documents.filter((d) => d.status === 'ready').reduce<DocumentVersionView | null>((best, d) => (best && best.version > d.version ? best : d), null);
}

export type SignatureState = 'current' | 'pending' | 'none';

/**
 * The shared rule (signatures bind to content): signed and shown in the newest version's file, signed after that file
 * was made (generate again to include it), or not signed on this content.
 */
export function signatureState(representative: Pick<RepresentativeView, 'name' | 'signedFingerprints'>, newest: DocumentVersionView | null): SignatureState {
  if (!newest) return 'none';
  const standing = signatureStanding(representative, newest);
  return standing === 'unsigned' ? 'none' : standing === 'signed-in-document' ? 'current' : 'pending';
}

/** Attendees who may still be named (each person signs once), by name. */
export function selectableAttendees(participants: readonly ParticipantView[], representatives: readonly RepresentativeView[]): ParticipantView[] {
  const named = new Set(representatives.map((r) => r.participantId));
  return participants.filter((p) => !named.has(p.id)).sort((a, b) => a.name.localeCompare(b.name, 'id') || a.id.localeCompare(b.id));
}

/** Representatives by side (provider first, as the Berita Acara lists them), each side in the order named. */
export function representativesBySide(representatives: readonly RepresentativeView[]): Record<SignatorySide, RepresentativeView[]> {
  return Object.fromEntries(SIGNATORY_SIDES.map((side) => [side, representatives.filter((r) => r.side === side)])) as Record<
    SignatorySide,
    RepresentativeView[]
  >;
}

export interface RepresentativeValues {
  participantId: string;
  side: SignatorySide;
  roleTitle: string;
}

export interface RepresentativeErrors {
  participantId?: FieldError;
  roleTitle?: FieldError;
}

export type RepresentativeResult = { ok: true; request: AddRepresentativeRequest } | { ok: false; errors: RepresentativeErrors };

export function emptyRepresentative(): RepresentativeValues {
  return { participantId: '', side: 'public', roleTitle: '' };
}

export function toAddRepresentativeRequest(values: RepresentativeValues): RepresentativeResult {
  const errors: RepresentativeErrors = {};
  if (!values.participantId) errors.participantId = { key: 'choose' };
  const roleTitle = requiredText(values.roleTitle, DOCUMENT_LIMITS.roleTitle);
  if (roleTitle) errors.roleTitle = roleTitle;
  if (errors.participantId || errors.roleTitle) return { ok: false, errors };
  return { ok: true, request: { participantId: values.participantId, side: values.side, roleTitle: values.roleTitle.trim() } };
}

export const PHOTO_TYPES = ['image/png', 'image/jpeg'] as const;

export interface PhotoErrors {
  file?: FieldError;
  caption?: FieldError;
}

/** The file input's choice and the caption, checked before a 5 MB upload is sent only to be refused. */
export function validatePhoto(file: { type: string; size: number } | null, caption: string, uploaded: number): PhotoErrors {
  const errors: PhotoErrors = {};
  if (uploaded >= DOCUMENT_LIMITS.photos) errors.file = { key: 'photosTooMany', values: { max: DOCUMENT_LIMITS.photos } };
  else if (!file) errors.file = { key: 'choose' };
  else if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) errors.file = { key: 'photoType' };
  else if (file.size > DOCUMENT_LIMITS.photoBytes) errors.file = { key: 'photoTooLarge', values: { max: DOCUMENT_LIMITS.photoBytes / (1024 * 1024) } };
  if (caption.trim().length > DOCUMENT_LIMITS.photoCaption) errors.caption = { key: 'tooLong', values: { max: DOCUMENT_LIMITS.photoCaption } };
  return errors;
}

/** An export's download link, with column headings in the console's language and, for CSV, the chosen separator. */
export function exportUrl(forumId: string, kind: ExportKind, format: ExportFormat, language: string, separator?: CsvSeparator): string {
  return apiPaths.export(forumId, kind, format, language === 'en' ? 'en' : 'id', separator);
}
