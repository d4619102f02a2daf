import { computePollResults, OPEN_ANSWERS_SHOWN, type AnswerRecord, type PollResults, type PollShape } from '@mufakat/contracts';
import type { EntityManager } from 'typeorm';

/** A poll as its results need it: which one, and the settings that say how its answers are counted. */
export type PollResultsSubject = PollShape & { id: string };

/** Answers of attendees not voided: a voided attendee's answers are kept but counted nowhere. */
const COUNTED_ANSWERS = 'poll_answers a JOIN participants p ON p.id = a.participant_id WHERE a.poll_id = $1 AND p.voided_at IS NULL';

/** Every answer to a poll: only the answer and when it was last given, in no particular order. */
export async function pollAnswersOf(manager: EntityManager, pollId: string): Promise<AnswerRecord[]> {
  return (await manager.query(`SELECT a.answer, a.updated_at AS at FROM ${COUNTED_ANSWERS}`, [pollId])) as AnswerRecord[];
}

/** The latest answers to a poll, newest first. */
export async function latestPollAnswersOf(manager: EntityManager, pollId: string, limit: number = OPEN_ANSWERS_SHOWN): Promise<AnswerRecord[]> {
  return (await manager.query(`SELECT a.answer, a.updated_at AS at FROM ${COUNTED_ANSWERS} ORDER BY a.updated_at DESC LIMIT $2`, [
    pollId,
    limit,
  ])) as AnswerRecord[];
}

/** How many attendees answered a poll. */
export async function pollRespondentsOf(manager: EntityManager, pollId: string): Promise<number> {
  const [{ count }] = (await manager.query(`SELECT count(*)::int AS count FROM ${COUNTED_ANSWERS}`, [pollId])) as Array<{ count: number }>;
  return count;
}

/**
 * A poll's results from its stored answers, as the room, staff and the Berita Acara see them. An open-text poll
 * reads only its latest answers and a count: thousands of texts are never shown.
 */
export async function pollResultsOf(manager: EntityManager, poll: PollResultsSubject): Promise<PollResults> {
  if (poll.type === 'open') {
    const respondents = await pollRespondentsOf(manager, poll.id);
    return computePollResults(poll, await latestPollAnswersOf(manager, poll.id), respondents);
  }
  return computePollResults(poll, await pollAnswersOf(manager, poll.id));
}
