import { Initial1795585766394 } from './1795585766394-initial';

/** Every migration, oldest first; run at start. Never edit one that has landed: add a new one. */
export const migrations = [Initial1795585766394];
