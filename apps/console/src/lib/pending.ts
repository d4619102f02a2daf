/**
 * Values the moderator asked for that the server's state has not shown yet (a checkbox just unticked, a
 * projector view just chosen). The control shows the request at once; the request is dropped when the
 * state reaches it, when the server refuses, or after a while if nothing came back.
 */
export type PendingValues<T> = Readonly<Record<string, T>>;

/** The requests the state has not reached yet; the same object when nothing changed (so React can bail out). */
export function dropReached<T>(pending: PendingValues<T>, actual: PendingValues<T>, equals: (a: T, b: T) => boolean): PendingValues<T> {
  const waiting = Object.entries(pending).filter(([key, value]) => !(key in actual && equals(value, actual[key])));
  return waiting.length === Object.keys(pending).length ? pending : Object.fromEntries(waiting);
}

export function withoutKey<T>(pending: PendingValues<T>, key: string): PendingValues<T> {
  if (!(key in pending)) return pending;
  return Object.fromEntries(Object.entries(pending).filter(([k]) => k !== key));
}

/** Structural equality for the small JSON values the controls hold (booleans, ids, projector views). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
