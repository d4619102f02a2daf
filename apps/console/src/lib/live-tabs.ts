export const LIVE_TABS = ['questions', 'polls', 'agenda', 'speakers', 'attendance', 'projector'] as const;
export type LiveTab = (typeof LIVE_TABS)[number];

/** The tab named in the URL (`?tab=polls`), so a reload or a shared link lands on the same tab. */
export function parseLiveTab(value: string | null): LiveTab {
  return (LIVE_TABS as readonly string[]).includes(value ?? '') ? (value as LiveTab) : 'questions';
}
