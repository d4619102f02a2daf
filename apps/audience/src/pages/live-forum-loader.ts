import type { ComponentType } from 'react';
import { loadErrorWords } from '../lib/error-message';
import type { LiveForumPageProps } from './LiveForumPage';

let loading: Promise<ComponentType<LiveForumPageProps>> | null = null;

/**
 * The live forum (its socket client, questions, polls, consensus…) is a chunk of its own: a phone that scans the
 * QR code first downloads only what the registration form needs, and this chunk comes while the attendee types
 * their name. It brings the refusals' words along, since the live forum is where most refusals are met. Fetched
 * once; a failed fetch (offline) is tried again on the next call.
 */
export function loadLiveForumPage(): Promise<ComponentType<LiveForumPageProps>> {
  loading ??= Promise.all([import('./LiveForumPage'), loadErrorWords()]).then(
    ([module]) => module.LiveForumPage,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Starts the fetch early (nothing waits on it); a failure shows when the page is opened. */
export function prefetchLiveForum(): void {
  loadLiveForumPage().catch(() => undefined);
}
