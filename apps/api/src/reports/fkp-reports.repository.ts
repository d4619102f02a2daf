import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FkpReportJobData } from '@mufakat/minutes';
import { FkpReport } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxTable } from '../common/outbox-table';

export type NewFkpReport = Pick<FkpReport, 'forumId' | 'language' | 'status' | 'progress' | 'requestedBy' | 'announced'>;

/** Every query on the FKP reports; the table is also their jobs' outbox (a queued report without `enqueued_at`). */
@Injectable()
export class FkpReportsRepository {
  private readonly outbox: OutboxTable<FkpReportJobData>;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.outbox = new OutboxTable(db, { table: 'fkp_reports', jobId: 'reportId', running: 'running' });
  }

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

  /** Queued reports nobody has enqueued, marked enqueued: exactly one caller gets each. */
  claim(reportId: string | null = null): Promise<FkpReportJobData[]> {
    return this.outbox.claim(reportId);
  }

  release(reportIds: readonly string[]): Promise<void> {
    return this.outbox.release(reportIds);
  }

  inFlight(): Promise<FkpReportJobData[]> {
    return this.outbox.inFlight();
  }
}
