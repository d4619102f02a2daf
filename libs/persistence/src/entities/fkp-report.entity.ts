import type { DocumentLanguage, FkpReportStatus } from '@mufakat/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Forum } from './forum.entity';

/**
 * One generation of a forum's FKP implementation report. Kept apart from the Berita Acara's versions: a report is
 * never signed, numbered or offered for signing. The row is also its job's outbox, as a document version is.
 */
@Entity('fkp_reports')
@Index('IDX_fkp_reports_forum_requested', ['forumId', 'requestedAt'])
// The report relay looks for reports still in flight: few rows among every report ever made.
@Index('IDX_fkp_reports_in_flight', ['requestedAt'], { where: `status IN ('queued', 'running')` })
export class FkpReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  @Column({ type: 'varchar', length: 2 })
  language: DocumentLanguage;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status: FkpReportStatus;

  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** The status and progress last announced to staff ("running:40"); the replica whose update moves it announces. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  announced: string | null;

  /** When the job was handed to the queue; a queued report without it is still to be enqueued (by the relay if need be). */
  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true })
  enqueuedAt: Date | null;

  /** The final Berita Acara version the report names, as it was when the report was written; null if none was final. */
  @Column({ name: 'berita_acara_version', type: 'integer', nullable: true })
  beritaAcaraVersion: number | null;

  @Column({ name: 'berita_acara_number', type: 'varchar', length: 160, nullable: true })
  beritaAcaraNumber: string | null;

  @Column({ name: 'pdf_sha256', type: 'varchar', length: 64, nullable: true })
  pdfSha256: string | null;

  @Column({ name: 'docx_sha256', type: 'varchar', length: 64, nullable: true })
  docxSha256: string | null;

  @Column({ name: 'pdf_size', type: 'integer', nullable: true })
  pdfSize: number | null;

  @Column({ name: 'docx_size', type: 'integer', nullable: true })
  docxSize: number | null;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
