import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttendanceCounts, ConsensusSignal, MyQuestion, PollAnswer } from '@mufakat/contracts';
import { Forum } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { runPrepared, type PreparedStatement } from '../database/prepared-statement';
import { toMyQuestion, type MyQuestionRow } from '../questions/question-views';

/** The attendee's own part of a snapshot, before the signing task (which only representatives have). */
export interface AttendeeOwnState {
  name: string;
  myQuestions: MyQuestion[];
  votedQuestionIds: string[];
  myPollAnswers: Record<string, PollAnswer>;
  myConsensusSignals: Record<string, ConsensusSignal>;
  mySurvey: number[] | null;
  isRepresentative: boolean;
  verified: boolean;
}

export interface ForumStateRead {
  seq: number;
  /** Changes whenever anything every viewer sees changes: a public change or an edit of the forum itself. */
  sharedKey: string;
  /** Read with every staff and projector snapshot (joins move it without a numbered change); not for attendees. */
  attendance?: AttendanceCounts;
  attendee: AttendeeOwnState | null;
}

type JsonQuestion = Omit<MyQuestionRow, 'createdAt' | 'updatedAt' | 'repliedAt'> & { createdAt: string; updatedAt: string; repliedAt: string | null };

/** The room's counts: for staff and the projector; phones do not show them (see ForumSnapshot.attendance). */
const ATTENDANCE = `
    (SELECT json_build_object('room', count(*) FILTER (WHERE c.mode = 'room'), 'online', count(*) FILTER (WHERE c.mode = 'online'),
              'verified', count(c.verified_at))
       FROM participants c WHERE c.forum_id = $1 AND c.voided_at IS NULL) AS attendance,`;

/**
 * The forum's state and, for an attendee, everything that is theirs, in one statement: one statement sees one
 * consistent moment without a transaction, and one round trip instead of nine. A join storm makes thousands of
 * these; its profile showed the api's time going to per-query socket writes and the ORM's query building.
 * The parts come from several features' tables on purpose: this is the snapshot's read, nothing writes through it.
 * The batch is attendees' only, so it leaves the counts out.
 */
function forumStateQuery(batch: boolean): string {
  const p = batch ? 'att.pid' : '$2::uuid';
  return `
  SELECT ${batch ? 'att.pid, ' : ''}f.seq, f.updated_at, f.check_in_enabled,${batch ? '' : ATTENDANCE}
    (SELECT coalesce(json_agg(json_build_object(
              'id', q.id, 'agendaItemId', q.agenda_item_id, 'text', q.text, 'anonymous', q.anonymous, 'status', q.status,
              'rejectionReason', q.rejection_reason, 'replyText', q.reply_text, 'replyAuthorName', q.reply_author_name,
              'repliedAt', q.replied_at, 'createdAt', q.created_at, 'updatedAt', q.updated_at) ORDER BY q.created_at), '[]'::json)
       FROM questions q WHERE q.participant_id = ${p} AND q.status <> 'withdrawn') AS questions,
    (SELECT coalesce(array_agg(v.question_id), '{}') FROM question_votes v WHERE v.participant_id = ${p}) AS votes,
    (SELECT coalesce(json_object_agg(a.poll_id, a.answer), '{}'::json) FROM poll_answers a WHERE a.participant_id = ${p}) AS poll_answers,
    (SELECT coalesce(json_object_agg(s.item_id, s.signal), '{}'::json) FROM consensus_signals s WHERE s.participant_id = ${p}) AS signals,
    (SELECT r.scores FROM survey_responses r WHERE r.participant_id = ${p}) AS survey,
    EXISTS (SELECT 1 FROM representatives r WHERE r.forum_id = f.id AND r.participant_id = ${p}) AS representative,
    (SELECT p.name FROM participants p WHERE p.id = ${p}) AS name,
    EXISTS (SELECT 1 FROM participants p WHERE p.id = ${p} AND p.verified_at IS NOT NULL) AS verified
  FROM forums f${batch ? ' CROSS JOIN unnest((SELECT $2::uuid[])) AS att(pid)' : ''} WHERE f.id = $1`;
}
const FORUM_STATE = forumStateQuery(false);
/**
 * Prepared, and planned once: the ids' array is read through a subquery so that no plan knows its length, or
 * Postgres would plan every run afresh (a plan for a known short batch looks cheaper than the generic one).
 */
const FORUM_STATES: PreparedStatement = { name: 'snapshot-attendee-states', text: forumStateQuery(true) };

interface ForumStateRow {
  pid?: string;
  seq: number;
  updated_at: Date;
  check_in_enabled: boolean;
  attendance?: { room: number; online: number; verified: number };
  questions: JsonQuestion[];
  votes: string[];
  poll_answers: Record<string, PollAnswer>;
  signals: Record<string, ConsensusSignal>;
  survey: number[] | null;
  representative: boolean;
  name: string | null;
  verified: boolean;
}

/** The snapshot's own reads; the features' parts of it read through their own repositories (SnapshotParts). */
@Injectable()
export class SnapshotRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every read of `work` sees the same moment of the forum. */
  repeatableRead<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction('REPEATABLE READ', work);
  }

  /** Reads outside any transaction, each statement its own moment: for reads that need nothing more. */
  withoutTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return work(this.db.manager);
  }

  /**
   * Null when the forum does not exist. `participantId` null: the forum's state only (staff, projector). In the
   * caller's transaction when given one.
   */
  async forumState(forumId: string, participantId: string | null, manager: EntityManager = this.db.manager): Promise<ForumStateRead | null> {
    const [row] = (await manager.query(FORUM_STATE, [forumId, participantId])) as ForumStateRow[];
    return row ? toForumStateRead(row, participantId !== null) : null;
  }

  /**
   * The same for many attendees of one forum in one statement (one moment for all of them): a join storm's
   * snapshots. Null when the forum does not exist.
   */
  async attendeeStates(forumId: string, participantIds: readonly string[]): Promise<Map<string, ForumStateRead> | null> {
    const rows = await runPrepared<ForumStateRow>(this.db, FORUM_STATES, [forumId, participantIds]);
    if (rows.length === 0) return null;
    return new Map(rows.map((row) => [row.pid as string, toForumStateRead(row, true)]));
  }

  forum(manager: EntityManager, forumId: string): Promise<Forum> {
    return manager.findOneByOrFail(Forum, { id: forumId });
  }
}

function toForumStateRead(row: ForumStateRow, withAttendee: boolean): ForumStateRead {
  return {
    seq: Number(row.seq),
    sharedKey: `${row.seq}:${row.updated_at.getTime()}`,
    // Verified counts only while check-in is on, as countAttendance gives them.
    attendance: row.attendance && (row.check_in_enabled ? row.attendance : { room: row.attendance.room, online: row.attendance.online }),
    attendee: withAttendee
      ? {
          name: row.name ?? '',
          myQuestions: row.questions.map((q) =>
            toMyQuestion({ ...q, createdAt: new Date(q.createdAt), updatedAt: new Date(q.updatedAt), repliedAt: q.repliedAt ? new Date(q.repliedAt) : null }),
          ),
          votedQuestionIds: row.votes,
          myPollAnswers: row.poll_answers,
          myConsensusSignals: row.signals,
          mySurvey: row.survey,
          isRepresentative: row.representative,
          verified: row.verified,
        }
      : null,
  };
}
