import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DocumentVersion } from './document-version.entity';
import { Representative } from './representative.entity';

/** A representative's drawn signature on one document version; a revision voids it, and it stays as history. */
@Entity('signatures')
@Index(['representativeId', 'documentId'], { unique: true, where: 'voided_at IS NULL' })
export class Signature {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'representative_id', type: 'uuid' })
  representativeId: string;

  @ManyToOne(() => Representative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'representative_id' })
  representative?: Representative;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: DocumentVersion;

  /** The signed version's content fingerprint, copied so later versions with the same content can carry it. */
  @Column({ name: 'content_fingerprint', type: 'varchar', length: 64 })
  contentFingerprint: string;

  @Column({ type: 'bytea' })
  png: Buffer;

  /** Set by a revision of the final version: the signature no longer counts, and no document embeds it again. */
  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ name: 'voided_by', type: 'uuid', nullable: true })
  voidedBy: string | null;

  @CreateDateColumn({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;
}
