import type { AgendaItemView, ForumSnapshot, StaffState } from '@mufakat/contracts';
import type { SendLive } from '../../hooks/useLiveCommands';

/** What every tab of the live console works from. */
export interface LiveTabProps {
  snapshot: ForumSnapshot;
  /** Absent when the signed-in account is not on the forum's team. */
  staff: StaffState | undefined;
  /** In planned order. */
  agenda: AgendaItemView[];
  agendaTitles: ReadonlyMap<string, string>;
  send: SendLive;
  busy: ReadonlySet<string>;
  /** Said politely to screen readers (and shown) after an action succeeded. */
  announce: (message: string) => void;
  clockOffsetMs: number;
}

/** After an action removed the focused control from the page, focus goes to a sensible place instead of the top. */
export function refocus(fallback: HTMLElement | null): void {
  requestAnimationFrame(() => {
    if (!document.activeElement || document.activeElement === document.body) fallback?.focus();
  });
}
