import { Initial1795585766394 } from './1795585766394-initial';
import { LiveParticipation1795587189560 } from './1795587189560-live-participation';
import { Polls1795587361994 } from './1795587361994-polls';
import { ConsensusAndMinutes1795597372861 } from './1795597372861-consensus-and-minutes';

/** Every migration, oldest first; run at start. Never edit one that has landed: add a new one. */
export const migrations = [Initial1795585766394, LiveParticipation1795587189560, Polls1795587361994, ConsensusAndMinutes1795597372861];
