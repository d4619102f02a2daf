import type { EvidenceMime } from '@mufakat/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FollowUpUpdate } from './follow-up-update.entity';

/** A file attached to an update (photo or PDF), checked on upload; the file lives in the documents folder. */
@Entity('follow_up_evidence')
@Index(['updateId'])
export class FollowUpEvidence {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'update_id', type: 'uuid' })
  updateId: string;

  @ManyToOne(() => FollowUpUpdate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'update_id' })
  update?: FollowUpUpdate;

  /** Path relative to the documents folder. */
  @Column({ name: 'file_path', type: 'varchar', length: 300 })
  filePath: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  mime: EvidenceMime;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;
}
