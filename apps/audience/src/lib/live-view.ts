import type { AgendaItemView, ConsensusSignal, ForumSnapshot, MyQuestion, PollAnswer, SigningTask } from '@mufakat/contracts';

export function currentAgendaItem(snapshot: ForumSnapshot): AgendaItemView | null {
  return snapshot.agenda.find((item) => item.id === snapshot.currentAgendaItemId) ?? null;
}

export interface AttendeeView {
  participantId: string | null;
  votedQuestionIds: string[];
  myQuestions: MyQuestion[];
  myPollAnswers: Record<string, PollAnswer>;
  myConsensusSignals: Record<string, ConsensusSignal>;
  mySurvey: number[] | null;
  signing: SigningTask | null;
  verified: boolean;
}

export function attendeeViewer(snapshot: ForumSnapshot): AttendeeView {
  return snapshot.viewer.role === 'attendee'
    ? snapshot.viewer
    : { participantId: null, votedQuestionIds: [], myQuestions: [], myPollAnswers: {}, myConsensusSignals: {}, mySurvey: null, signing: null, verified: false };
}

/**
 * One of the attendee's questions as acknowledged on this device (asked, edited or withdrawn), with the
 * server's copy it was acknowledged against (undefined when the server's list did not hold it yet).
 */
export interface LocalQuestion {
  question: MyQuestion;
  base: MyQuestion | undefined;
}

/**
 * The server announces status changes of one's own questions, not every acknowledged action, so an
 * acknowledgement is kept locally until the server's copy moves on. The live client replaces a question
 * object only when it changes, so a server copy that is still the very object seen at acknowledgement
 * time is older than the local one; any other copy is newer and wins. A question the server no longer
 * lists (a withdrawn one, after a resync) is dropped. Newest first: the attendee looks for what they just asked.
 */
export function mergeMyQuestions(fromServer: readonly MyQuestion[], local: readonly LocalQuestion[]): MyQuestion[] {
  const byId = new Map<string, MyQuestion>(fromServer.map((question) => [question.id, question]));
  for (const { question, base } of local) {
    const server = byId.get(question.id);
    if (server === base) byId.set(question.id, question);
  }
  return [...byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/**
 * How long an idempotent action (an upvote, a poll answer) made while offline waits for the connection
 * to come back before it is reported as not sent: an api restart plus Socket.IO's reconnection backoff
 * (up to ~7.5 s between attempts) can take longer than 15 s on a busy venue laptop.
 */
export const OFFLINE_RETRY_MS = 30_000;

/** What an action reports when there is no live client yet. */
export const NOT_CONNECTED = { code: 'UNAVAILABLE', message: 'Not connected' } as const;
