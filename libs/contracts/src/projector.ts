/** What the projector shows; switched from the console, instantly for everyone. */
export type ProjectorView =
  /** pinned: the moderator keeps the join slide up even when an agenda item starts. */
  | { mode: 'join'; pinned?: boolean }
  /** The current agenda item, its timer and the top questions. */
  | { mode: 'agenda' }
  | { mode: 'poll'; pollId: string }
  | { mode: 'speakers' };

export const PROJECTOR_MODES = ['join', 'agenda', 'poll', 'speakers'] as const;

/**
 * What the projector shows once an agenda item starts: the room has joined, so an unpinned join slide gives way
 * to the agenda; any other view stays. Null when nothing changes.
 */
export function projectorOnAgendaStart(view: ProjectorView): ProjectorView | null {
  return view.mode === 'join' && !view.pinned ? { mode: 'agenda' } : null;
}

export interface ShowOnProjectorRequest {
  view: ProjectorView;
}

export interface ForumSettings {
  /** Questions wait for a moderator before the room sees them. */
  preModeration: boolean;
  /** Set at creation: nobody, staff included, sees who asked a question. */
  fullyAnonymous: boolean;
}

/** Live-changeable settings. */
export interface UpdateSettingsRequest {
  preModeration: boolean;
}
