import { FORUM_PERMISSIONS, roleAllows, STAFF_ROLES, type ForumPermission, type StaffRole, type Viewer } from '@mufakat/contracts';

/** What parts of the live console a staff member may act on; the server enforces the same rules. */
export const STAFF_CAPABILITIES = ['questions', 'polls', 'agenda', 'speakers', 'projector', 'consensus', 'survey', 'documents', 'attendance'] as const;
export type StaffCapability = (typeof STAFF_CAPABILITIES)[number];

/** The permission the server checks for each part (speakers and the projector go with running the agenda). */
const PERMISSION: Record<StaffCapability, ForumPermission> = {
  questions: 'moderateQuestions',
  polls: 'runPolls',
  agenda: 'runAgenda',
  speakers: 'runAgenda',
  projector: 'runAgenda',
  consensus: 'runConsensus',
  survey: 'runSurvey',
  documents: 'manageDocuments',
  attendance: 'manageAttendance',
};

/** The viewer's role on the forum's team; null for anyone else. */
export function staffRoleOf(viewer: Viewer): StaffRole | null {
  return (STAFF_ROLES as readonly string[]).includes(viewer.role) ? (viewer.role as StaffRole) : null;
}

export function can(role: StaffRole | null, capability: StaffCapability): boolean {
  return role !== null && roleAllows(role, PERMISSION[capability]);
}

/** The roles that may act on a part, as the permission table lists them: what a read-only note names. */
export function rolesFor(capability: StaffCapability): StaffRole[] {
  return [...FORUM_PERMISSIONS[PERMISSION[capability]]];
}

/** Each role's page says whose console it is; before the snapshot (or off the team) a neutral name. */
export function consoleTitleKey(role: StaffRole | null): string {
  return role ? `live.titleByRole.${role}` : 'live.title';
}
