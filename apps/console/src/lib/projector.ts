import {
  apiPaths,
  webPaths,
  type AttendanceCounts,
  type ForumSnapshot,
  type PublicQuestion,
} from '@mufakat/contracts';
import { findAgendaItem } from './agenda';

export const PROJECTOR_QUESTION_COUNT = 5;

/** Everything the projector screen shows, derived from the live snapshot. */
export interface ProjectorModel {
  title: string;
  joinCode: string;
  joinUrl: string;
  qrSrc: string;
  currentAgendaTitle: string | null;
  questions: PublicQuestion[];
  attendance: AttendanceCounts;
}

export function toProjectorModel(snapshot: ForumSnapshot, origin: string): ProjectorModel {
  const code = snapshot.forum.joinCode;
  return {
    title: snapshot.forum.title,
    joinCode: code,
    joinUrl: origin + webPaths.join(code),
    qrSrc: apiPaths.joinQrSvg(code),
    currentAgendaTitle: findAgendaItem(snapshot.agenda, snapshot.currentAgendaItemId)?.title ?? null,
    // The snapshot keeps questions ranked, so the top of the list is the top of the room.
    questions: snapshot.questions.slice(0, PROJECTOR_QUESTION_COUNT),
    attendance: snapshot.attendance,
  };
}
