import type { DocumentLanguage, DocumentStatus } from '@mufakat/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Forum } from './forum.entity';

/** One generated Berita Acara. The (forum, version) pair is the minutes job's identity, so a retry rewrites it. */
@Entity('document_versions')
@Index(['forumId', 'version'], { unique: true })
// The minutes relay looks for versions still in flight: few rows among every version ever made.
@Index(['requestedAt'], { where: `status IN ('queued', 'generating')` })
export class DocumentVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 2 })
  language: DocumentLanguage;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status: DocumentStatus;

  @Column({ type: 'smallint', default: 0 })
  progress: number;

  /**
   * SHA-256 of the document's content without signatures: two versions with the same fingerprint say the same
   * thing, so a signature given on one holds for the other.
   */
  @Column({ name: 'content_fingerprint', type: 'varchar', length: 64, nullable: true })
  contentFingerprint: string | null;

  @Index('IDX_document_versions_pdf_sha256')
  @Column({ name: 'pdf_sha256', type: 'varchar', length: 64, nullable: true })
  pdfSha256: string | null;

  @Index('IDX_document_versions_docx_sha256')
  @Column({ name: 'docx_sha256', type: 'varchar', length: 64, nullable: true })
  docxSha256: string | null;

  @Column({ name: 'pdf_size', type: 'integer', nullable: true })
  pdfSize: number | null;

  @Column({ name: 'docx_size', type: 'integer', nullable: true })
  docxSize: number | null;

  /** Names of the representatives whose signature this version lacks. */
  @Column({ name: 'missing_signatures', type: 'jsonb', default: [] })
  missingSignatures: string[];

  @Column({ name: 'signed_count', type: 'integer', default: 0 })
  signedCount: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /**
   * The status and progress last announced to staff ("generating:40"). Every api replica hears the queue's
   * events; the one that moves this column announces, so a change is numbered once.
   */
  @Column({ type: 'varchar', length: 32, nullable: true })
  announced: string | null;

  /**
   * When the minutes job was handed to the queue. The row is the outbox: a queued version without this is still to
   * be enqueued, by the request that made it or, if the queue was down then, by the relay.
   */
  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true })
  enqueuedAt: Date | null;

  /** The forum's Berita Acara number, printed on this version: set on a final version, null on a draft. */
  @Column({ name: 'document_number', type: 'varchar', length: 160, nullable: true })
  documentNumber: string | null;

  /** Made by the organiser's finalisation, from the version named in `finalisedFrom`. */
  @Column({ type: 'boolean', default: false })
  final: boolean;

  @Column({ name: 'finalised_from', type: 'uuid', nullable: true })
  finalisedFrom: string | null;

  /** How many times the forum's final version had been revised when this version was requested: 0 before any revision. */
  @Column({ type: 'integer', default: 0 })
  revision: number;
  /**
   * The version's public address (`/v/<code>`), printed with a QR code on every page of an issued version: ten
   * base32 characters (50 random bits), so codes cannot be walked. Null on versions made before codes existed.
   */
  @Index('IDX_document_versions_public_code', { unique: true })
  @Column({ name: 'public_code', type: 'varchar', length: 16, nullable: true })
  publicCode: string | null;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
