import type { PollOption, PollStatus, PollType, RankingMethod, RatingScale } from '@mufakat/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgendaItem } from './agenda-item.entity';
import { Forum } from './forum.entity';

/** A poll of one forum: a draft until staff open it, then open, then closed for good. */
@Entity('polls')
@Index(['forumId', 'status'])
export class Poll {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItem | null;

  @Column({ type: 'varchar', length: 300 })
  question: string;

  @Column({ type: 'varchar', length: 16 })
  type: PollType;

  /** Choices with ids generated here, so answers name an option, not its (editable) label. */
  @Column({ type: 'jsonb' })
  options: PollOption[];

  @Column({ name: 'max_choices', type: 'integer', nullable: true })
  maxChoices: number | null;

  @Column({ name: 'scale_max', type: 'integer', nullable: true })
  scaleMax: RatingScale | null;

  @Column({ name: 'ranking_method', type: 'varchar', length: 16, nullable: true })
  rankingMethod: RankingMethod | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: PollStatus;

  @Column({ name: 'results_visible', type: 'boolean', default: true })
  resultsVisible: boolean;

  @Column({ name: 'allow_change', type: 'boolean', default: true })
  allowChange: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
