import type { DataSource } from 'typeorm';

/** Rows taken per relay pass; a forum makes a handful, so one pass is plenty even after a long outage. */
const BATCH = 200;

/** Which table, and how its rows name their job. */
export interface OutboxTableShape {
  table: string;
  /** The job's id field, as the job data names it (`documentId`, `reportId`). */
  jobId: string;
  /** The status a row has while its job runs. */
  running: string;
}

/**
 * The outbox statements of a table whose rows are also their jobs (document versions, FKP reports): a queued row
 * without `enqueued_at` is still to be sent. Names are the code's constants, never input.
 */
export class OutboxTable<J> {
  constructor(
    private readonly db: DataSource,
    private readonly shape: OutboxTableShape,
  ) {}

  /**
   * Marks queued rows that nobody has enqueued as enqueued, and returns their jobs: of the request that made one and
   * the relays of every replica, exactly one gets it. Only that row when `id` is given.
   */
  async claim(id: string | null = null): Promise<J[]> {
    const { table, jobId } = this.shape;
    // For an UPDATE, TypeORM answers [rows, affected count].
    const [rows] = (await this.db.query(
      `UPDATE ${table} r SET enqueued_at = now()
       FROM (SELECT id FROM ${table}
             WHERE status = 'queued' AND enqueued_at IS NULL AND ($1::uuid IS NULL OR id = $1::uuid)
             ORDER BY requested_at LIMIT $2 FOR UPDATE SKIP LOCKED) due
       WHERE r.id = due.id
       RETURNING r.forum_id AS "forumId", r.id AS "${jobId}"`,
      [id, BATCH],
    )) as [J[], number];
    return rows;
  }

  /** Gives claimed rows back when the queue would not take them, for the next pass. */
  async release(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(`UPDATE ${this.shape.table} SET enqueued_at = NULL WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Rows queued or running whose job was handed over: the ones a lost job would leave stuck. */
  async inFlight(): Promise<J[]> {
    const { table, jobId, running } = this.shape;
    return (await this.db.query(
      `SELECT forum_id AS "forumId", id AS "${jobId}" FROM ${table}
       WHERE status IN ('queued', $2) AND enqueued_at IS NOT NULL
       ORDER BY requested_at LIMIT $1`,
      [BATCH, running],
    )) as J[];
  }
}
