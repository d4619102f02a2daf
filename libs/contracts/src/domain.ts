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

/**
 * pending → approved (shown to the room) → answered; archived hides an approved or answered question;
 * rejected and withdrawn never reach the room.
 */
export const QUESTION_STATUSES = ['pending', 'approved', 'answered', 'archived', 'rejected', 'withdrawn'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
/** Statuses the room sees: the one list the server, its SQL and both clients read. */
export const ROOM_QUESTION_STATUSES = ['approved', 'answered'] as const satisfies readonly QuestionStatus[];
export type PublicQuestionStatus = (typeof ROOM_QUESTION_STATUSES)[number];
export function isRoomQuestionStatus(status: QuestionStatus): status is PublicQuestionStatus {
  return (ROOM_QUESTION_STATUSES as readonly QuestionStatus[]).includes(status);
}
/** Statuses the record keeps as seen by the room: archived questions were shown before they were archived. */
export const RECORDED_QUESTION_STATUSES = [...ROOM_QUESTION_STATUSES, 'archived'] as const satisfies readonly QuestionStatus[];
/** Statuses staff may move a question to after moderation. */
export const STAFF_QUESTION_STATUSES = ['approved', 'answered', 'archived'] as const;
export type StaffQuestionStatus = (typeof STAFF_QUESTION_STATUSES)[number];

export const MODERATION_DECISIONS = ['approve', 'reject'] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

/** Input limits, enforced by the server's DTOs and mirrored by the clients' forms. */
export const LIMITS = {
  questionText: 2000,
  /** Questions one attendee may ask per minute. */
  questionsPerMinute: 5,
  replyText: 2000,
  rejectionReason: 300,
  pollQuestion: 300,
  pollOption: 120,
  pollOptions: { min: 2, max: 12 },
  pollTextAnswer: 500,
  /** Words one attendee may send to a word cloud. */
  wordCloudWords: 3,
  wordCloudWord: 40,
  speakerSeconds: { min: 15, max: 1800 },
  /** Reactions one attendee may send per 10 seconds. */
  reactionsPer10s: 5,
  name: 120,
  /** A browser's device key (see RegisterParticipantRequest). */
  deviceKey: { min: 16, max: 64 },
  joinCode: 12,
  institution: 160,
  forumTitle: 200,
  forumText: 2000,
  agendaTitle: 200,
  agendaItems: 50,
  plannedMinutes: 600,
  /** Longest password accepted; what a new one must be is PASSWORD_POLICY (rest.ts). */
  password: { max: 128 },
  email: 254,
} as const;
