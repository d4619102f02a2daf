import type { StaffRole } from '@mufakat/contracts';

export const LIVE_TABS = ['questions', 'polls', 'agenda', 'speakers', 'consensus', 'survey', 'attendance', 'minutes', 'projector'] as const;
export type LiveTab = (typeof LIVE_TABS)[number];

/** The tab named in the URL (`?tab=polls`), so a reload or a shared link lands on the same tab; null if none. */
export function liveTabFromUrl(value: string | null): LiveTab | null {
  return (LIVE_TABS as readonly string[]).includes(value ?? '') ? (value as LiveTab) : null;
}

/** Where each role starts when the URL names no tab: the facilitator's work is the consensus. */
export function defaultLiveTab(role: StaffRole | null): LiveTab {
  return role === 'facilitator' ? 'consensus' : 'questions';
}
