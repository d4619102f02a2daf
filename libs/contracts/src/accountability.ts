import type { IkmGrade, IkmResult } from './survey';

/**
 * After the forum: every approved consensus item's follow-up actions, tracked to done by the unit that promised
 * them, in public. Organisation → units → forums; a region's Organisation bureau sees every unit.
 */

/** An action's state; `dropped` needs a reason, which is public. */
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Roles above the forum: an organisation's admin manages it and acts as admin of every unit in it. */
export const ORGANISATION_ROLES = ['admin', 'viewer'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/** A unit's officers update its actions; its admin also manages members and the unit's record settings. */
export const UNIT_ROLES = ['admin', 'officer', 'viewer'] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];

export const UNIT_PERMISSIONS = {
  viewFollowUps: ['admin', 'officer', 'viewer'],
  updateFollowUps: ['admin', 'officer'],
  manageUnit: ['admin'],
} as const satisfies Record<string, readonly UnitRole[]>;
export type UnitPermission = keyof typeof UNIT_PERMISSIONS;

export function unitRoleAllows(role: UnitRole, permission: UnitPermission): boolean {
  return (UNIT_PERMISSIONS[permission] as readonly UnitRole[]).includes(role);
}

/** The unit role an organisation role carries into each of its units. */
export const ORGANISATION_ROLE_IN_UNITS: Record<OrganisationRole, UnitRole> = { admin: 'admin', viewer: 'viewer' };

export const ACCOUNTABILITY_LIMITS = {
  note: 2000,
  droppedReason: 500,
  evidencePerUpdate: 5,
  /** Bytes per evidence file. */
  evidenceBytes: 10 * 1024 * 1024,
  /** Days before a deadline an open action counts as due soon (reminders default; configurable on the server). */
  dueSoonDays: 14,
} as const;

export const EVIDENCE_MIME_TYPES = ['image/png', 'image/jpeg', 'application/pdf'] as const;
export type EvidenceMime = (typeof EVIDENCE_MIME_TYPES)[number];

/**
 * Where an action stands against its deadline, as of one day: computed by the server for its answer, so every
 * page and feed agrees. `done_late` and `done_on_time` compare the completion date with the deadline.
 */
export type ActionTimeliness = 'no_deadline' | 'on_track' | 'due_soon' | 'overdue' | 'done_on_time' | 'done_late' | 'dropped';

/**
 * Dates are calendar dates (YYYY-MM-DD) in the unit's time zone; `today` likewise. An open action is overdue from
 * the day after its deadline.
 */
export function actionTimeliness(
  action: { status: ActionStatus; deadline: string | null; completedOn: string | null },
  today: string,
  dueSoonDays: number = ACCOUNTABILITY_LIMITS.dueSoonDays,
): ActionTimeliness {
  if (action.status === 'dropped') return 'dropped';
  if (action.status === 'done') {
    if (!action.deadline || !action.completedOn) return 'done_on_time';
    return action.completedOn <= action.deadline ? 'done_on_time' : 'done_late';
  }
  if (!action.deadline) return 'no_deadline';
  if (today > action.deadline) return 'overdue';
  return addDays(today, dueSoonDays) >= action.deadline ? 'due_soon' : 'on_track';
}

/** `date` (YYYY-MM-DD) plus `days`, as a calendar date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Counts of a set of actions by where they stand. */
export interface ActionCounts {
  total: number;
  planned: number;
  inProgress: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  dueSoon: number;
  dropped: number;
}

export function emptyActionCounts(): ActionCounts {
  return { total: 0, planned: 0, inProgress: 0, done: 0, doneOnTime: 0, doneLate: 0, overdue: 0, dueSoon: 0, dropped: 0 };
}

export function countActions(actions: ReadonlyArray<{ status: ActionStatus; timeliness: ActionTimeliness }>): ActionCounts {
  const counts = emptyActionCounts();
  for (const action of actions) addToCounts(counts, action);
  return counts;
}

export function addToCounts(counts: ActionCounts, action: { status: ActionStatus; timeliness: ActionTimeliness }): void {
  counts.total += 1;
  if (action.status === 'planned') counts.planned += 1;
  if (action.status === 'in_progress') counts.inProgress += 1;
  if (action.status === 'done') counts.done += 1;
  if (action.status === 'dropped') counts.dropped += 1;
  if (action.timeliness === 'done_on_time') counts.doneOnTime += 1;
  if (action.timeliness === 'done_late') counts.doneLate += 1;
  if (action.timeliness === 'overdue') counts.overdue += 1;
  if (action.timeliness === 'due_soon') counts.dueSoon += 1;
}

export function sumActionCounts(all: ReadonlyArray<ActionCounts>): ActionCounts {
  const sum = emptyActionCounts();
  for (const counts of all) for (const key of Object.keys(sum) as Array<keyof ActionCounts>) sum[key] += counts[key];
  return sum;
}

/**
 * The share of actions done on time among those that came due (done, or open past their deadline); null when none
 * came due yet. Actions not due yet and dropped ones do not count either way.
 */
export function onTimeShare(counts: ActionCounts): number | null {
  const due = counts.doneOnTime + counts.doneLate + counts.overdue;
  return due === 0 ? null : counts.doneOnTime / due;
}

/** A file attached to an update as evidence; `url` serves it (public pages: only for public forums). */
export interface EvidenceView {
  id: string;
  name: string;
  mime: EvidenceMime;
  size: number;
  sha256: string;
  url: string;
}

/** A dated update of an action. Public views leave out who wrote it. */
export interface ActionUpdateView {
  id: string;
  /** ISO 8601. */
  at: string;
  status: ActionStatus;
  /** 0–100. */
  progress: number;
  note: string;
  evidence: EvidenceView[];
  authorName?: string;
}

export interface ActionView {
  id: string;
  forumId: string;
  /** The approved consensus item's number in its forum. */
  itemNumber: number;
  action: string;
  responsibleUnit: string;
  /** YYYY-MM-DD: set at approval, or counted from the forum's date from its time frame ("3 bulan"). */
  deadline: string | null;
  timeFrame: string | null;
  status: ActionStatus;
  progress: number;
  droppedReason: string | null;
  /** YYYY-MM-DD, when it was marked done. */
  completedOn: string | null;
  timeliness: ActionTimeliness;
  /** Newest first. */
  updates: ActionUpdateView[];
}

export interface PublicUnitRef {
  id: string;
  name: string;
  organisation: { id: string; name: string };
}

/** A forum's public page: its promises and how they are kept. Public once its Berita Acara was issued (final). */
export interface PublicForumView {
  forum: { id: string; title: string; venue: string; city: string | null; startsAt: string; timeZone: string };
  unit: PublicUnitRef;
  items: Array<{ number: number; text: string; actions: ActionView[] }>;
  /** The newest issued (final) Berita Acara; its files are at `apiPaths.publicVersionFile(code, format)`. */
  beritaAcara: {
    code: string;
    documentNumber: string | null;
    version: number;
    issuedAt: string;
    sha256: { pdf: string | null; docx: string | null };
  } | null;
  ikm: IkmResult | null;
  counts: ActionCounts;
  /** The day the timeliness figures are computed for (YYYY-MM-DD, unit's time zone). */
  asOf: string;
}

export interface PublicUnitForumRow {
  id: string;
  title: string;
  startsAt: string;
  /** Converted IKM (25–100) and its grade; null when the forum had no survey answers. */
  ikm: number | null;
  grade: IkmGrade | null;
  counts: ActionCounts;
}

/** A unit's public page: its public forums over time (oldest first), their IKM and how their actions stand. */
export interface PublicUnitView {
  /** `timeZone`: the IANA zone the unit's forum dates are shown in (as on its forums' pages). */
  unit: PublicUnitRef & { code: string; city: string | null; parentBody: string | null; timeZone?: string };
  forums: PublicUnitForumRow[];
  counts: ActionCounts;
  onTimeShare: number | null;
  /** Open actions past their deadline, oldest deadline first. */
  overdue: Array<ActionView & { forumTitle: string }>;
  asOf: string;
}

export interface PublicOrganisationUnitRow {
  id: string;
  name: string;
  city: string | null;
  forums: number;
  counts: ActionCounts;
  onTimeShare: number | null;
  /** The newest public forum's converted IKM and grade. */
  latestIkm: number | null;
  latestGrade: IkmGrade | null;
}

/** An organisation's public page: every unit side by side. */
export interface PublicOrganisationView {
  organisation: { id: string; name: string };
  units: PublicOrganisationUnitRow[];
  counts: ActionCounts;
  asOf: string;
}

export interface PublicOrganisationSummary {
  id: string;
  name: string;
  units: number;
  forums: number;
}

/** Staff side: the units a staff member may open the follow-up board of, with the role they act in. */
export interface MyUnitView {
  id: string;
  name: string;
  organisation: { id: string; name: string };
  role: UnitRole;
}

export interface MyOrganisationView {
  id: string;
  name: string;
  role: OrganisationRole;
}

/** An action on the staff board: its forum and item, and the updates with their authors. */
export interface BoardActionView extends ActionView {
  forumTitle: string;
  itemText: string;
}

/** What the board is narrowed to; every filter optional. */
export interface BoardFilter {
  status?: ActionStatus;
  /** Only open actions past their deadline. */
  overdue?: boolean;
  forumId?: string;
}

export interface FollowUpBoardView {
  unit: PublicUnitRef;
  role: UnitRole;
  /** The unit's forums (every one, public or not), newest first: the forum filter's choices. */
  forums: Array<{ id: string; title: string; startsAt: string }>;
  /** The unit's approved consensus items: where another action can be added. */
  items: Array<{ id: string; forumId: string; number: number; text: string }>;
  /** The actions the filter lets through, earliest deadline first (none last). */
  actions: BoardActionView[];
  counts: ActionCounts;
  asOf: string;
}

/** Adds another action to an approved consensus item of one of the unit's forums. */
export interface CreateActionRequest {
  consensusItemId: string;
  action: string;
  responsibleUnit: string;
  /** YYYY-MM-DD; when null, counted from the forum's date from `timeFrame`. */
  deadline: string | null;
  timeFrame: string | null;
}

/** A dated update (sent as multipart form fields, with up to `evidencePerUpdate` files under `evidence`). */
export interface PostActionUpdateRequest {
  status: Exclude<ActionStatus, 'dropped'>;
  progress: number;
  note: string;
}

export interface DropActionRequest {
  reason: string;
}

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: UnitRole | OrganisationRole;
}

export interface AddUnitMemberRequest {
  email: string;
  role: UnitRole;
}

export interface AddOrganisationMemberRequest {
  email: string;
  role: OrganisationRole;
}

/** An organisation member's overview: every unit with its forums and how their actions stand. */
export interface OrganisationUnitsView {
  organisation: { id: string; name: string };
  role: OrganisationRole;
  units: Array<{ id: string; name: string; city: string | null; forums: number; counts: ActionCounts }>;
  asOf: string;
}

/** A reminder in the console: an action of one of the staff member's units is due soon or overdue. */
export interface NotificationView {
  id: string;
  kind: 'due_soon' | 'overdue';
  /** ISO 8601. */
  createdAt: string;
  read: boolean;
  action: { id: string; action: string; deadline: string | null; unitId: string; unitName: string; forumTitle: string };
}

export interface NotificationsView {
  unread: number;
  /** Newest first, the latest 50. */
  items: NotificationView[];
}
