import { browserStorage } from '@mufakat/client';

/** The part of `Storage` the token store needs, so tests can pass a plain object. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One token per forum: the same phone may join several forums over time. */
export const attendeeTokenKey = (forumId: string): string => `mufakat.attendee.${forumId}`;

export function readAttendeeToken(forumId: string, storage: KeyValueStore | null = browserStorage()): string | null {
  try {
    return storage?.getItem(attendeeTokenKey(forumId)) || null;
  } catch {
    return null;
  }
}

export function saveAttendeeToken(forumId: string, token: string, storage: KeyValueStore | null = browserStorage()): void {
  try {
    storage?.setItem(attendeeTokenKey(forumId), token);
  } catch {
    // Storage full or blocked: the attendee stays registered until the page is closed.
  }
}

export function forgetAttendeeToken(forumId: string, storage: KeyValueStore | null = browserStorage()): void {
  try {
    storage?.removeItem(attendeeTokenKey(forumId));
  } catch {
    // Nothing stored that could be removed.
  }
}
