import { Initial1795585766394 } from './1795585766394-initial';
import { LiveParticipation1795587189560 } from './1795587189560-live-participation';
import { Polls1795587361994 } from './1795587361994-polls';
import { ConsensusAndMinutes1795597372861 } from './1795597372861-consensus-and-minutes';
import { QuestionVotesByParticipant1796177623842 } from './1796177623842-question-votes-by-participant';
import { MinutesOutbox1796177724287 } from './1796177724287-minutes-outbox';
import { StaffSessions1796181028899 } from './1796181028899-staff-sessions';
import { AttendeeTrust1796192343318 } from './1796192343318-attendee-trust';
import { OfficialRecord1796192594521 } from './1796192594521-official-record';
import { SigningRounds1796200000000 } from './1796200000000-signing-rounds';
import { PublicVerification1796200000001 } from './1796200000001-public-verification';
import { FkpReports1796200000002 } from './1796200000002-fkp-reports';
import { FollowUpTracking1796300000000 } from './1796300000000-follow-up-tracking';
import { FollowUpReminders1796300000001 } from './1796300000001-follow-up-reminders';

/** Every migration, oldest first; run at start. Never edit one that has landed: add a new one. */
export const migrations = [
  Initial1795585766394,
  LiveParticipation1795587189560,
  Polls1795587361994,
  ConsensusAndMinutes1795597372861,
  QuestionVotesByParticipant1796177623842,
  MinutesOutbox1796177724287,
  StaffSessions1796181028899,
  AttendeeTrust1796192343318,
  OfficialRecord1796192594521,
  SigningRounds1796200000000,
  PublicVerification1796200000001,
  FkpReports1796200000002,
  FollowUpTracking1796300000000,
  FollowUpReminders1796300000001,
];
