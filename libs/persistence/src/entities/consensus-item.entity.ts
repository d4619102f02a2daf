import type { ConsensusStatus, FollowUpPlan } from '@mufakat/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AgendaItem } from './agenda-item.entity';
import { Forum } from './forum.entity';

/** A kesepakatan: drafted by the facilitator, put to the room, approved with a follow-up plan or set aside. */
@Entity('consensus_items')
@Index(['forumId', 'createdAt'])
// Approval numbers are unique per forum.
@Index(['forumId', 'number'], { unique: true, where: 'number IS NOT NULL' })
export class ConsensusItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItem | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: ConsensusStatus;

  /** 1-based in approval order; null until approved. */
  @Column({ type: 'integer', nullable: true })
  number: number | null;

  @Column({ name: 'follow_up', type: 'jsonb', nullable: true })
  followUp: FollowUpPlan | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  /** When it was approved or set aside. */
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
