import {
  apiPaths,
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

export function toProjectorModel(snapshot: ForumSnapshot): ProjectorModel {
  const code = snapshot.forum.joinCode;
  return {
    title: snapshot.forum.title,
    joinCode: code,
    // The server's public address, the same one the QR code holds (the projector may be on localhost).
    joinUrl: snapshot.forum.joinUrl,
    qrSrc: apiPaths.joinQrSvg(code),
    currentAgendaTitle: findAgendaItem(snapshot.agenda, snapshot.currentAgendaItemId)?.title ?? null,
    // The snapshot keeps questions ranked, so the top of the list is the top of the room.
    questions: snapshot.questions.slice(0, PROJECTOR_QUESTION_COUNT),
    attendance: snapshot.attendance,
  };
}
