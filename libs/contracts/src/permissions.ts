import type { StaffRole } from './domain';

/** Which forum roles may do what; the organiser may do everything. The server enforces it, clients show it. */
export const FORUM_PERMISSIONS = {
  viewForum: ['organiser', 'moderator', 'facilitator'],
  manageForum: ['organiser'],
  moderateQuestions: ['organiser', 'moderator'],
  runAgenda: ['organiser', 'moderator'],
  runPolls: ['organiser', 'moderator'],
  runConsensus: ['organiser', 'facilitator'],
  runSurvey: ['organiser', 'moderator', 'facilitator'],
  manageDocuments: ['organiser'],
  /** Turn room check-in on or off, confirm an attendee's presence, void an attendee. */
  manageAttendance: ['organiser', 'moderator'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type ForumPermission = keyof typeof FORUM_PERMISSIONS;

export function roleAllows(role: StaffRole, permission: ForumPermission): boolean {
  return (FORUM_PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}
