const NAVIGATE_EVENT = 'mufakat:navigate';

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  // pushState fires no event of its own; popstate covers only back and forward.
  dispatchEvent(new Event(NAVIGATE_EVENT));
}

export function subscribeToPath(listener: () => void): () => void {
  addEventListener('popstate', listener);
  addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    removeEventListener('popstate', listener);
    removeEventListener(NAVIGATE_EVENT, listener);
  };
}
