import type { ComponentType } from 'react';
import { ApiError, type registerLive } from '@mufakat/client';
import { loadErrorWords } from '../lib/error-message';
import type { LiveForumPageProps } from './LiveForumPage';

interface LiveForumChunk {
  LiveForumPage: ComponentType<LiveForumPageProps>;
  registerLive: typeof registerLive;
}

let loading: Promise<LiveForumChunk> | null = null;

/**
 * The live forum (its socket client, questions, polls, consensus…) is a chunk of its own: a phone that scans the
 * QR code first downloads only what the registration form needs, and this chunk comes while the attendee types
 * their name (the registration itself goes over its socket). It brings the refusals' words along, since the live
 * forum is where most refusals are met. Fetched once; a failed fetch (offline) is tried again on the next call.
 */
function loadLiveForum(): Promise<LiveForumChunk> {
  loading ??= Promise.all([import('./LiveForumPage'), loadErrorWords()]).then(
    ([module]) => module,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function loadLiveForumPage(): Promise<ComponentType<LiveForumPageProps>> {
  return loadLiveForum().then((chunk) => chunk.LiveForumPage);
}

/** Registration over the live forum's socket; a chunk that cannot be fetched is the network's failure. */
export function loadLiveRegistration(): Promise<typeof registerLive> {
  return loadLiveForum().then(
    (chunk) => chunk.registerLive,
    () => {
      throw new ApiError(0, 'UNAVAILABLE', 'Network error');
    },
  );
}

/** Starts the fetch early (nothing waits on it); a failure shows when the page is opened. */
export function prefetchLiveForum(): void {
  loadLiveForum().catch(() => undefined);
}
