import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MinutesJobData } from '@mufakat/minutes';
import { DataSource } from 'typeorm';

/** Versions taken per pass; a forum makes a handful, so one pass is plenty even after a long outage. */
const BATCH = 200;

/** The minutes outbox is the document_versions table: a queued version without `enqueued_at` is still to be sent. */
@Injectable()
export class MinutesOutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Marks queued versions that nobody has enqueued as enqueued, and returns them: of the request that made one and
   * the relays of every replica, exactly one gets it. Only one version when `documentId` is given.
   */
  async claim(documentId: string | null = null): Promise<MinutesJobData[]> {
    // For an UPDATE, TypeORM answers [rows, affected count].
    const [rows] = (await this.db.query(
      `UPDATE document_versions v SET enqueued_at = now()
       FROM (SELECT id FROM document_versions
             WHERE status = 'queued' AND enqueued_at IS NULL AND ($1::uuid IS NULL OR id = $1::uuid)
             ORDER BY requested_at LIMIT $2 FOR UPDATE SKIP LOCKED) due
       WHERE v.id = due.id
       RETURNING v.forum_id AS "forumId", v.id AS "documentId"`,
      [documentId, BATCH],
    )) as [MinutesJobData[], number];
    return rows;
  }

  /** Gives claimed versions back when the queue would not take them, for the next pass. */
  async release(documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await this.db.query('UPDATE document_versions SET enqueued_at = NULL WHERE id = ANY($1::uuid[])', [documentIds]);
  }

  /** Versions queued or generating whose job was handed over: the ones a lost job would leave stuck. */
  async inFlight(): Promise<MinutesJobData[]> {
    return (await this.db.query(
      `SELECT forum_id AS "forumId", id AS "documentId" FROM document_versions
       WHERE status IN ('queued', 'generating') AND enqueued_at IS NOT NULL
       ORDER BY requested_at LIMIT $1`,
      [BATCH],
    )) as MinutesJobData[];
  }
}
