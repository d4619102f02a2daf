import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MinutesJobData } from '@mufakat/minutes';
import { DataSource } from 'typeorm';
import { OutboxTable } from '../common/outbox-table';

/** The minutes outbox is the document_versions table: a queued version without `enqueued_at` is still to be sent. */
@Injectable()
export class MinutesOutboxRepository {
  private readonly outbox: OutboxTable<MinutesJobData>;

  constructor(@InjectDataSource() db: DataSource) {
    this.outbox = new OutboxTable(db, { table: 'document_versions', jobId: 'documentId', running: 'generating' });
  }

  /** Queued versions nobody has enqueued, marked enqueued: exactly one caller gets each. */
  claim(documentId: string | null = null): Promise<MinutesJobData[]> {
    return this.outbox.claim(documentId);
  }

  release(documentIds: readonly string[]): Promise<void> {
    return this.outbox.release(documentIds);
  }

  inFlight(): Promise<MinutesJobData[]> {
    return this.outbox.inFlight();
  }
}
