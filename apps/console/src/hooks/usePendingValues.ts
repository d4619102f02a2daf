import { useCallback, useEffect, useRef, useState } from 'react';
import { dropReached, withoutKey, type PendingValues } from '../lib/pending';

/** A request the server never answers with a change still lets go, so a control cannot stick. */
const GIVE_UP_MS = 5000;

/**
 * What a control shows: the moderator's request while it is on its way, else the server's state. Keeps
 * toggles from flicking back between the click and the numbered change that confirms it.
 */
export function usePendingValues<T>(
  actual: PendingValues<T>,
  equals: (a: T, b: T) => boolean = Object.is,
): { value: (key: string) => T | undefined; request: (key: string, value: T) => void; settle: (key: string) => void } {
  const [pending, setPending] = useState<PendingValues<T>>({});
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useEffect(() => setPending((previous) => dropReached(previous, actual, equals)), [actual, equals]);
  useEffect(() => {
    const all = timers.current;
    return () => all.forEach(clearTimeout);
  }, []);

  const settle = useCallback((key: string) => {
    clearTimeout(timers.current.get(key));
    timers.current.delete(key);
    setPending((previous) => withoutKey(previous, key));
  }, []);

  const request = useCallback(
    (key: string, value: T) => {
      clearTimeout(timers.current.get(key));
      timers.current.set(
        key,
        setTimeout(() => settle(key), GIVE_UP_MS),
      );
      setPending((previous) => ({ ...previous, [key]: value }));
    },
    [settle],
  );

  const value = (key: string): T | undefined => (key in pending ? pending[key] : actual[key]);
  return { value, request, settle };
}
