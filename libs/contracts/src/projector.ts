/** What the projector shows; switched from the console, instantly for everyone. */
export type ProjectorView =
  | { mode: 'join' }
  /** The current agenda item, its timer and the top questions. */
  | { mode: 'agenda' }
  | { mode: 'poll'; pollId: string }
  | { mode: 'speakers' };

export const PROJECTOR_MODES = ['join', 'agenda', 'poll', 'speakers'] as const;

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
