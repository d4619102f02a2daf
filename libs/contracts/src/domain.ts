/** Stakeholder categories named by the FKP guideline (PermenPAN-RB 16/2017). */
export const STAKEHOLDER_CATEGORIES = [
  'service_user',
  'service_provider',
  'academic',
  'civil_society',
  'community_figure',
  'media',
  'government',
  'other',
] as const;
export type StakeholderCategory = (typeof STAKEHOLDER_CATEGORIES)[number];

export const ATTENDANCE_MODES = ['room', 'online'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/** Forum-scoped staff roles; the organiser may do everything a moderator or facilitator may. */
export const STAFF_ROLES = ['organiser', 'moderator', 'facilitator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type InvitableRole = Exclude<StaffRole, 'organiser'>;

export const FORUM_STATUSES = ['draft', 'published'] as const;
export type ForumStatus = (typeof FORUM_STATUSES)[number];

export const QUESTION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const MODERATION_DECISIONS = ['approve', 'reject'] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

/** Input limits, enforced by the server's DTOs and mirrored by the clients' forms. */
export const LIMITS = {
  questionText: 2000,
  name: 120,
  institution: 160,
  forumTitle: 200,
  forumText: 2000,
  agendaTitle: 200,
  agendaItems: 50,
  plannedMinutes: 600,
  password: { min: 8, max: 128 },
  email: 254,
} as const;
