import type { CsvSeparator, DocumentFormat, DocumentLanguage, ExportFormat, ExportKind } from './documents';
import type { AgendaItemView } from './agenda';
import type { AttendanceMode, ForumStatus, InvitableRole, StaffRole, StakeholderCategory } from './domain';
import type { VerifiedBy } from './check-in';

export interface StaffUserView {
  id: string;
  email: string;
  name: string;
}

export interface SignupRequest {
  email: string;
  password: string;
  name: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

/**
 * What a staff password must be: at least `min` characters and not one of the most common passwords (the api
 * keeps that list and names the problem). Older, shorter passwords still log in; they are refused when set.
 */
export const PASSWORD_POLICY = { min: 10, max: 128 } as const;

/**
 * The same answer whether the email was new or already had an account, so sign-up does not tell which addresses
 * are registered. A new account comes with a session cookie; an address already taken does not (its owner logs in).
 */
export interface SignupResponse {
  email: string;
  name: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/**
 * Request header the api requires on state-changing requests a browser sends (with the session cookie, or to the
 * auth routes). A cross-site form cannot send a custom header, and a cross-origin script cannot either without a
 * CORS preflight the api never grants. libs/client's apiFetch sends it.
 */
export const CSRF_HEADER = { name: 'x-mufakat-csrf', value: '1' } as const;

export interface AgendaItemInput {
  title: string;
  plannedMinutes: number;
}

export interface CreateForumRequest {
  title: string;
  theme: string;
  serviceName: string;
  unitName: string;
  venue: string;
  /** ISO 8601 date-time. */
  startsAt: string;
  streamUrl?: string;
  agenda: AgendaItemInput[];
  /** Default true. */
  preModeration?: boolean;
  /** Default false; fixed once the forum is created. */
  fullyAnonymous?: boolean;
}

export interface ForumSummary {
  id: string;
  title: string;
  theme: string;
  serviceName: string;
  unitName: string;
  venue: string;
  startsAt: string;
  streamUrl: string | null;
  status: ForumStatus;
  preModeration: boolean;
  fullyAnonymous: boolean;
  /** The caller's role in this forum. */
  myRole: StaffRole;
}

export interface ForumMemberView {
  userId: string;
  name: string;
  email: string;
  role: StaffRole;
}

export interface ForumDetail extends ForumSummary {
  agenda: AgendaItemView[];
  /** Set once the forum is published. */
  joinCode: string | null;
  joinUrl: string | null;
  /** Read-only projector link; only staff see it. */
  projectorUrl: string;
  members: ForumMemberView[];
}

export interface InviteMemberRequest {
  email: string;
  role: InvitableRole;
}

/** What the join page shows before an attendee registers. */
export interface JoinInfo {
  forumId: string;
  joinCode: string;
  /** Absolute join link, the one in the QR code. */
  joinUrl: string;
  title: string;
  theme: string;
  serviceName: string;
  unitName: string;
  venue: string;
  startsAt: string;
  streamUrl: string | null;
}

export interface RegisterParticipantRequest {
  name: string;
  institution: string;
  category: StakeholderCategory;
  mode: AttendanceMode;
  /**
   * A random key this browser keeps for every forum: registering again from the same browser gives back the same
   * attendee. A script can make up keys, so this only keeps honest re-joins from counting twice; the rate limits
   * and check-in are the defence against stuffing.
   */
  deviceKey?: string;
}

export interface ParticipantView {
  id: string;
  name: string;
  institution: string;
  category: StakeholderCategory;
  mode: AttendanceMode;
  joinedAt: string;
  /** Checked in with the projector's code or confirmed by staff; set by the server on every view. */
  verified?: boolean;
  verifiedBy?: VerifiedBy | null;
  /** Voided by staff: counted nowhere, refused everything. */
  voided?: boolean;
  voidReason?: string | null;
}

export interface RegisterParticipantResponse {
  forumId: string;
  /** True when this browser had registered before: the same attendee, given a fresh token. */
  restored?: boolean;
  /** Bearer credential kept on the device; it identifies the attendee on every reconnect. */
  attendeeToken: string;
  participant: ParticipantView;
}

export interface HealthResponse {
  status: 'ok' | 'error';
  info?: Record<string, { status: string }>;
}

/** REST paths, so neither side spells a URL by hand. */
export const apiPaths = {
  signup: '/api/auth/signup',
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
  /** Staff: change one's own password; the other sessions end. */
  password: '/api/auth/password',
  forums: '/api/forums',
  forum: (forumId: string) => `/api/forums/${encodeURIComponent(forumId)}`,
  publishForum: (forumId: string) => `/api/forums/${encodeURIComponent(forumId)}/publish`,
  forumMembers: (forumId: string) => `/api/forums/${encodeURIComponent(forumId)}/members`,
  /** DELETE: the organiser removes a member (never the organiser). */
  forumMember: (forumId: string, userId: string) => `/api/forums/${encodeURIComponent(forumId)}/members/${encodeURIComponent(userId)}`,
  joinInfo: (code: string) => `/api/join/${encodeURIComponent(code)}`,
  joinQrSvg: (code: string) => `/api/join/${encodeURIComponent(code)}/qr.svg`,
  joinQrPng: (code: string) => `/api/join/${encodeURIComponent(code)}/qr.png`,
  registerParticipant: (code: string) => `/api/join/${encodeURIComponent(code)}/participants`,
  documents: (forumId: string) => `/api/forums/${encodeURIComponent(forumId)}/documents`,
  documentFile: (forumId: string, documentId: string, format: DocumentFormat) =>
    `/api/forums/${encodeURIComponent(forumId)}/documents/${encodeURIComponent(documentId)}/berita-acara.${format}`,
  /** POST, organiser: a final, numbered version made from a generated one. */
  finaliseDocument: (forumId: string, documentId: string) => `/api/forums/${encodeURIComponent(forumId)}/documents/${encodeURIComponent(documentId)}/finalise`,
  /** GET/PUT, organiser: letterhead, numbering and signatories of the forum's Berita Acara. */
  recordSettings: (forumId: string) => `/api/forums/${encodeURIComponent(forumId)}/record-settings`,
  recordSettingsLogo: (forumId: string) => `/api/forums/${encodeURIComponent(forumId)}/record-settings/logo`,
  representatives: (forumId: string) => `/api/forums/${encodeURIComponent(forumId)}/representatives`,
  representative: (forumId: string, representativeId: string) =>
    `/api/forums/${encodeURIComponent(forumId)}/representatives/${encodeURIComponent(representativeId)}`,
  photos: (forumId: string) => `/api/forums/${encodeURIComponent(forumId)}/photos`,
  photo: (forumId: string, photoId: string) => `/api/forums/${encodeURIComponent(forumId)}/photos/${encodeURIComponent(photoId)}`,
  /** Attendee, with the attendee token as a bearer credential. */
  signatures: (forumId: string) => `/api/forums/${encodeURIComponent(forumId)}/signatures`,
  /** POST, staff: the provider signatory signs the newest version from the console. */
  staffSignature: (forumId: string) => `/api/forums/${encodeURIComponent(forumId)}/signatures/staff`,
  /** GET, a representative (attendee token) or forum staff: how many pages the version has. */
  documentPages: (forumId: string, documentId: string) =>
    `/api/forums/${encodeURIComponent(forumId)}/signatures/documents/${encodeURIComponent(documentId)}/pages`,
  /** GET: one page as PNG, 1-based. */
  documentPage: (forumId: string, documentId: string, page: number) =>
    `/api/forums/${encodeURIComponent(forumId)}/signatures/documents/${encodeURIComponent(documentId)}/pages/${page}.png`,
  /** POST, organiser: name a forum staff member as the provider's signatory (the head of unit). */
  staffSignatory: (forumId: string) => `/api/forums/${encodeURIComponent(forumId)}/representatives/staff`,
  /** POST, organiser: void the signatures of the final version so it can change; a new round of signing follows. */
  reviseDocuments: (forumId: string) => `/api/forums/${encodeURIComponent(forumId)}/documents/revise`,
  /** GET: the forum's FKP reports, newest first; POST, organiser: generate one (202). */
  fkpReports: (forumId: string) => `/api/forums/${encodeURIComponent(forumId)}/reports`,
  fkpReportFile: (forumId: string, reportId: string, format: DocumentFormat) =>
    `/api/forums/${encodeURIComponent(forumId)}/reports/${encodeURIComponent(reportId)}/laporan-fkp.${format}`,
  /** Column headings in Indonesian unless `language` is 'en'. */
  /** Without a separator a CSV is separated as the language's default (defaultCsvSeparator). */
  export: (forumId: string, kind: ExportKind, format: ExportFormat, language: DocumentLanguage = 'id', separator?: CsvSeparator) => {
    const query = [language === 'en' ? 'lang=en' : '', format === 'csv' && separator ? `sep=${separator}` : ''].filter(Boolean).join('&');
    return `/api/forums/${encodeURIComponent(forumId)}/exports/${kind}.${format}${query ? `?${query}` : ''}`;
  },
  /** Public: an issued document version by its short code. */
  publicVersion: (code: string) => `/api/public/versions/${encodeURIComponent(code)}`,
  publicVersionFile: (code: string, format: DocumentFormat) => `/api/public/versions/${encodeURIComponent(code)}/berita-acara.${format}`,
  /** Public: the issued version whose PDF or DOCX has this hex SHA-256; 404 `NOT_ISSUED` if none. */
  verifyHash: (sha256: string) => `/api/public/verify/${encodeURIComponent(sha256)}`,
  /** Public open data (JSON; CSV of the page's main table; Atom): a forum once its Berita Acara is issued. */
  publicOrganisations: '/api/public/organisations',
  publicOrganisation: (id: string) => `/api/public/organisations/${encodeURIComponent(id)}`,
  publicOrganisationCsv: (id: string) => `/api/public/organisations/${encodeURIComponent(id)}/units.csv`,
  publicUnit: (id: string) => `/api/public/units/${encodeURIComponent(id)}`,
  publicUnitCsv: (id: string) => `/api/public/units/${encodeURIComponent(id)}/forums.csv`,
  publicForum: (id: string) => `/api/public/forums/${encodeURIComponent(id)}`,
  publicForumCsv: (id: string) => `/api/public/forums/${encodeURIComponent(id)}/actions.csv`,
  publicForumFeed: (id: string) => `/api/public/forums/${encodeURIComponent(id)}/updates.atom`,
  publicEvidence: (id: string) => `/api/public/evidence/${encodeURIComponent(id)}`,
  /** Staff: the units whose follow-up board they may open, and the organisations they belong to. */
  myUnits: '/api/units',
  myOrganisations: '/api/organisations',
  /** GET, unit staff: the follow-up board (`?status=&overdue=true&forumId=`); POST adds an action to an approved item. */
  unitFollowUps: (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/follow-ups`,
  /** POST multipart, unit admin or officer: a dated update with evidence files. */
  actionUpdates: (actionId: string) => `/api/follow-ups/${encodeURIComponent(actionId)}/updates`,
  /** POST, unit admin or officer: drop an action with a reason. */
  dropAction: (actionId: string) => `/api/follow-ups/${encodeURIComponent(actionId)}/drop`,
  /** GET, unit staff: an evidence file. */
  evidenceFile: (evidenceId: string) => `/api/follow-ups/evidence/${encodeURIComponent(evidenceId)}`,
  unitMembers: (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/members`,
  unitMember: (unitId: string, userId: string) => `/api/units/${encodeURIComponent(unitId)}/members/${encodeURIComponent(userId)}`,
  organisationMembers: (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}/members`,
  organisationMember: (organisationId: string, userId: string) =>
    `/api/organisations/${encodeURIComponent(organisationId)}/members/${encodeURIComponent(userId)}`,
  /** GET, organisation member: every unit of the organisation side by side. */
  organisationUnits: (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}/units`,
  /** GET, staff: their follow-up reminders; POST `notificationsRead` marks them all read. */
  notifications: '/api/notifications',
  notificationsRead: '/api/notifications/read',
  health: '/health',
} as const;

/** Browser routes of the two web apps, used in links and QR codes. */
export const webPaths = {
  join: (code: string) => `/j/${encodeURIComponent(code)}`,
  /** The public page of a document version, printed as a QR code on its pages. */
  publicVersion: (code: string) => `/v/${encodeURIComponent(code)}`,
  verify: '/verify',
  /** Public follow-up pages (attendee app, no login). */
  publicOrganisations: '/publik',
  publicOrganisation: (id: string) => `/publik/organisasi/${encodeURIComponent(id)}`,
  publicUnit: (id: string) => `/publik/unit/${encodeURIComponent(id)}`,
  publicForum: (id: string) => `/publik/forum/${encodeURIComponent(id)}`,
  console: '/console/',
  projector: (forumId: string, key: string) => `/console/projector/${encodeURIComponent(forumId)}?key=${encodeURIComponent(key)}`,
} as const;
