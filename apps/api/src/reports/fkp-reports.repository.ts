import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FkpReportJobData } from '@mufakat/minutes';
import { FkpReport } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';

/** Reports taken per relay pass; a forum makes a handful, so one pass is plenty even after a long outage. */
const BATCH = 200;

export type NewFkpReport = Pick<FkpReport, 'forumId' | 'language' | 'status' | 'progress' | 'requestedBy' | 'announced'>;

/** Every query on the FKP reports; the table is also their jobs' outbox (a queued report without `enqueued_at`). */
@Injectable()
export class FkpReportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  insert(manager: EntityManager, values: NewFkpReport): Promise<FkpReport> {
    return manager.save(manager.create(FkpReport, values));
  }

  /** Newest first. */
  allOfForum(forumId: string, manager: EntityManager = this.db.manager): Promise<FkpReport[]> {
    return manager.find(FkpReport, { where: { forumId }, order: { requestedAt: 'DESC', id: 'ASC' } });
  }

  find(forumId: string, reportId: string): Promise<FkpReport | null> {
    return this.db.getRepository(FkpReport).findOneBy({ id: reportId, forumId });
  }

  /** The report row, locked until the transaction ends. */
  lock(manager: EntityManager, reportId: string): Promise<FkpReport | null> {
    return manager.findOne(FkpReport, { where: { id: reportId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Records which `status:progress` staff have been told of. */
  async markAnnounced(manager: EntityManager, reportId: string, state: string): Promise<void> {
    await manager.update(FkpReport, { id: reportId }, { announced: state });
  }

  /**
   * Marks queued reports that nobody has enqueued as enqueued, and returns them: of the request that made one and
   * the relays of every replica, exactly one gets it. Only one report when `reportId` is given.
   */
  async claim(reportId: string | null = null): Promise<FkpReportJobData[]> {
    // For an UPDATE, TypeORM answers [rows, affected count].
    const [rows] = (await this.db.query(
      `UPDATE fkp_reports r SET enqueued_at = now()
       FROM (SELECT id FROM fkp_reports
             WHERE status = 'queued' AND enqueued_at IS NULL AND ($1::uuid IS NULL OR id = $1::uuid)
             ORDER BY requested_at LIMIT $2 FOR UPDATE SKIP LOCKED) due
       WHERE r.id = due.id
       RETURNING r.forum_id AS "forumId", r.id AS "reportId"`,
      [reportId, BATCH],
    )) as [FkpReportJobData[], number];
    return rows;
  }

  /** Gives claimed reports back when the queue would not take them, for the next pass. */
  async release(reportIds: readonly string[]): Promise<void> {
    if (reportIds.length === 0) return;
    await this.db.query('UPDATE fkp_reports SET enqueued_at = NULL WHERE id = ANY($1::uuid[])', [reportIds]);
  }

  /** Reports queued or running whose job was handed over: the ones a lost job would leave stuck. */
  async inFlight(): Promise<FkpReportJobData[]> {
    return (await this.db.query(
      `SELECT forum_id AS "forumId", id AS "reportId" FROM fkp_reports
       WHERE status IN ('queued', 'running') AND enqueued_at IS NOT NULL
       ORDER BY requested_at LIMIT $1`,
      [BATCH],
    )) as FkpReportJobData[];
  }
}
