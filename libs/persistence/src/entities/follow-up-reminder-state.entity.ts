import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { FollowUpAction } from './follow-up-action.entity';

/** The reminder state an action was last flagged in: staff are told once per change, not on every run. */
@Entity('follow_up_reminder_states')
export class FollowUpReminderState {
  @PrimaryColumn({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @ManyToOne(() => FollowUpAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  followUpAction?: FollowUpAction;

  @Column({ type: 'varchar', length: 16 })
  state: 'due_soon' | 'overdue';

  @UpdateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
