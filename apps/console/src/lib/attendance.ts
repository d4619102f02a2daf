import {
  ATTENDANCE_MODES,
  STAKEHOLDER_CATEGORIES,
  type AttendanceCounts,
  type AttendanceMode,
  type ForumSnapshot,
  type ParticipantView,
  type StakeholderCategory,
} from '@mufakat/contracts';

export interface CategoryCount {
  category: StakeholderCategory;
  count: number;
  /** Share of all registered participants, 0–100, rounded. */
  percent: number;
}

/** Every category of the FKP guideline, in the guideline's order, zero counts included. */
export function countByCategory(participants: readonly ParticipantView[]): CategoryCount[] {
  const counts = new Map<StakeholderCategory, number>();
  for (const participant of participants) counts.set(participant.category, (counts.get(participant.category) ?? 0) + 1);
  return STAKEHOLDER_CATEGORIES.map((category) => {
    const count = counts.get(category) ?? 0;
    return { category, count, percent: participants.length ? Math.round((count / participants.length) * 100) : 0 };
  });
}

export function countByMode(participants: readonly ParticipantView[]): Record<AttendanceMode, number> {
  const counts = Object.fromEntries(ATTENDANCE_MODES.map((mode) => [mode, 0])) as Record<AttendanceMode, number>;
  for (const participant of participants) counts[participant.mode]++;
  return counts;
}

/** Latest arrivals first. */
export function sortParticipants(participants: readonly ParticipantView[]): ParticipantView[] {
  return [...participants].sort((a, b) => b.joinedAt.localeCompare(a.joinedAt) || a.name.localeCompare(b.name));
}

/** The room's counts from a staff or projector snapshot, which always carries them (an attendee's does not). */
export function roomCounts(snapshot: Pick<ForumSnapshot, 'attendance'>): AttendanceCounts {
  return snapshot.attendance ?? { room: 0, online: 0 };
}
