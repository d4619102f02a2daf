import type { ActionStatus } from '@mufakat/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FollowUpAction } from './follow-up-action.entity';
import { StaffUser } from './staff-user.entity';

/** A dated update of an action: the status and progress it set, a note, evidence files. Only ever added. */
@Entity('follow_up_updates')
@Index(['actionId', 'at'])
export class FollowUpUpdate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @ManyToOne(() => FollowUpAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  followUpAction?: FollowUpAction;

  /** Null once the author's account is gone; the update stays. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: StaffUser | null;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'varchar', length: 16 })
  status: ActionStatus;

  @Column({ type: 'smallint' })
  progress: number;

  @Column({ type: 'text', default: '' })
  note: string;
}
