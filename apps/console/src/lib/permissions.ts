import { roleAllows, STAFF_ROLES, type ForumPermission, type StaffRole, type Viewer } from '@mufakat/contracts';

/** What parts of the live console a staff member may act on; the server enforces the same rules. */
export type StaffCapability = 'consensus' | 'survey' | 'documents' | 'attendance';

const PERMISSION: Record<StaffCapability, ForumPermission> = {
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
