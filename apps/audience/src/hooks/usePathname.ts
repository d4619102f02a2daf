import { useSyncExternalStore } from 'react';
import { subscribeToPath } from '../lib/navigation';

const currentPathname = (): string => location.pathname;

export function usePathname(): string {
  return useSyncExternalStore(subscribeToPath, currentPathname, currentPathname);
}
