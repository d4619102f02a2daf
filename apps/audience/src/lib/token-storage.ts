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

/** Whether this browser registered in any forum: then the live forum's code is likely needed soon. */
export function hasAnyAttendeeToken(storage: Pick<Storage, 'length' | 'key'> | null = browserStorage()): boolean {
  try {
    for (let i = 0; i < (storage?.length ?? 0); i++) if (storage?.key(i)?.startsWith(attendeeTokenKey(''))) return true;
    return false;
  } catch {
    return false;
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

const DEVICE_KEY = 'mufakat.device';

/**
 * This browser's device key, made once and kept: sent with every registration, so registering again from this
 * browser gives back the same attendee instead of a second one. Null when storage is blocked (nothing to keep it in).
 */
export function deviceKey(storage: KeyValueStore | null = browserStorage(), random: () => Uint8Array = randomBytes): string | null {
  try {
    const kept = storage?.getItem(DEVICE_KEY);
    if (kept) return kept;
    if (!storage) return null;
    const made = toBase64Url(random());
    storage.setItem(DEVICE_KEY, made);
    return made;
  } catch {
    return null;
  }
}

function randomBytes(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(16));
}

function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
