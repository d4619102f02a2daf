import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FollowUpAction } from './follow-up-action.entity';
import { StaffUser } from './staff-user.entity';

/** A reminder for one staff member: an action of their unit is due soon or overdue. */
@Entity('staff_notifications')
@Index(['userId', 'createdAt'])
export class StaffNotification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: StaffUser;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @ManyToOne(() => FollowUpAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  followUpAction?: FollowUpAction;

  @Column({ type: 'varchar', length: 16 })
  kind: 'due_soon' | 'overdue';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
