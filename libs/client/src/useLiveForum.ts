import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveAuth } from '@mufakat/contracts';
import { LiveForumClient, type LiveForumView } from './live-forum-client';

const idleView: LiveForumView = { snapshot: null, connection: 'connecting', rejection: null };
const noop = () => () => undefined;

/**
 * The one typed socket hook: live forum state plus the client to send events with. A client opened already (an
 * attendee's registration, see `registerLive`) is taken over, and closed with the page like one made here.
 */
export function useLiveForum(auth: LiveAuth | null, opened: LiveForumClient | null = null): LiveForumView & { client: LiveForumClient | null } {
  const [client, setClient] = useState<LiveForumClient | null>(null);
  const key = auth ? JSON.stringify(auth) : null;
  useEffect(() => {
    if (!key) return;
    const created = opened && !opened.isClosed ? opened : new LiveForumClient(JSON.parse(key) as LiveAuth);
    setClient(created);
    return () => {
      created.close();
      setClient(null);
    };
  }, [key, opened]);
  const view = useSyncExternalStore(client?.subscribe ?? noop, client?.getView ?? (() => idleView));
  return { ...view, client };
}
