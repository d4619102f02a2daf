import type { ActionStatus } from '@mufakat/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ConsensusItem } from './consensus-item.entity';
import { Forum } from './forum.entity';
import { Unit } from './unit.entity';

/**
 * One commitment of an approved consensus item, tracked to done by its unit: the live status, while the item's
 * `follow_up` keeps the plan as agreed (what the Berita Acara prints).
 */
@Entity('follow_up_actions')
@Index(['unitId', 'deadline'])
@Index(['forumId'])
@Index(['consensusItemId'])
export class FollowUpAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consensus_item_id', type: 'uuid' })
  consensusItemId: string;

  @ManyToOne(() => ConsensusItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consensus_item_id' })
  consensusItem?: ConsensusItem;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  /** The unit whose board it is on: the forum's unit. */
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'text' })
  action: string;

  /** In words, as agreed (another office may be named). */
  @Column({ name: 'responsible_unit', type: 'varchar', length: 200 })
  responsibleUnit: string;

  /** Calendar date; null when the time frame could not be counted. */
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ name: 'time_frame', type: 'varchar', length: 100, nullable: true })
  timeFrame: string | null;

  @Column({ type: 'varchar', length: 16, default: 'planned' })
  status: ActionStatus;

  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @Column({ name: 'dropped_reason', type: 'varchar', length: 500, nullable: true })
  droppedReason: string | null;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
