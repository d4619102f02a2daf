import { useEffect, useRef } from 'react';

/**
 * When an in-place form closes, focus goes back to the button that opened it (if it is still there),
 * so a keyboard user does not land at the top of the page.
 */
export function useReturnFocus<K extends string>(openKind: K | null) {
  const triggers = useRef(new Map<K, HTMLButtonElement>());
  const previous = useRef<K | null>(openKind);
  useEffect(() => {
    if (previous.current && !openKind) triggers.current.get(previous.current)?.focus();
    previous.current = openKind;
  }, [openKind]);
  return (kind: K) => (element: HTMLButtonElement | null) => {
    if (element) triggers.current.set(kind, element);
    else triggers.current.delete(kind);
  };
}
