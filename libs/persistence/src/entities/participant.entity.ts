import type { AttendanceMode, StakeholderCategory } from '@mufakat/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Forum } from './forum.entity';

/** An attendee of one forum: the attendance list. */
@Entity('participants')
@Index(['forumId', 'mode'])
export class Participant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 160 })
  institution: string;

  @Column({ type: 'varchar', length: 32 })
  category: StakeholderCategory;

  @Column({ type: 'varchar', length: 8 })
  mode: AttendanceMode;

  /** SHA-256 of the attendee token; the token itself is only on the device. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}
