import { STAFF_ROLES, type StaffRole, type Viewer } from '@mufakat/contracts';

/** What parts of the live console a staff member may act on; the server enforces the same rules. */
export type StaffCapability = 'consensus' | 'survey' | 'documents';

const ALLOWED: Record<StaffCapability, readonly StaffRole[]> = {
  consensus: ['organiser', 'facilitator'],
  survey: ['organiser', 'moderator', 'facilitator'],
  documents: ['organiser'],
};

/** The viewer's role on the forum's team; null for anyone else. */
export function staffRoleOf(viewer: Viewer): StaffRole | null {
  return (STAFF_ROLES as readonly string[]).includes(viewer.role) ? (viewer.role as StaffRole) : null;
}

export function can(role: StaffRole | null, capability: StaffCapability): boolean {
  return role !== null && ALLOWED[capability].includes(role);
}
