import { isRoomConsensusStatus, type ForumSnapshot } from '@mufakat/contracts';
import { attendeeViewer } from './live-view';
import { signingStep } from './signature';

export type SectionId = 'questions' | 'polls' | 'speak' | 'consensus' | 'survey' | 'signing';

export interface NavSection {
  id: SectionId;
  /** Things waiting for this attendee there (a badge); 0 for none. */
  todo: number;
}

/**
 * The page's sections in page order. Questions, polls and speaking are always there; consensus only once
 * the facilitator put something to the room, the survey while open or once answered, signing only for a
 * representative.
 */
export function liveSections(snapshot: ForumSnapshot): NavSection[] {
  const viewer = attendeeViewer(snapshot);
  const open = (status: string) => status === 'open';
  const sections: NavSection[] = [
    { id: 'questions', todo: 0 },
    { id: 'polls', todo: snapshot.polls.filter((poll) => open(poll.status) && !viewer.myPollAnswers[poll.id]).length },
    { id: 'speak', todo: 0 },
  ];
  const consensus = snapshot.consensus.filter((item) => isRoomConsensusStatus(item.status));
  if (consensus.length > 0) {
    sections.push({ id: 'consensus', todo: consensus.filter((item) => open(item.status) && !viewer.myConsensusSignals[item.id]).length });
  }
  if (snapshot.survey.open || viewer.mySurvey) sections.push({ id: 'survey', todo: snapshot.survey.open && !viewer.mySurvey ? 1 : 0 });
  if (viewer.signing) sections.push({ id: 'signing', todo: signingStep(viewer.signing) === 'sign' ? 1 : 0 });
  return sections;
}
