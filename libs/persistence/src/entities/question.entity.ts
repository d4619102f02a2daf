import type { QuestionStatus } from '@mufakat/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AgendaItem } from './agenda-item.entity';
import { Forum } from './forum.entity';
import { Participant } from './participant.entity';

@Entity('questions')
@Index(['forumId', 'status'])
// At most one question per forum is "now discussing".
@Index('uq_questions_pinned_per_forum', ['forumId'], { unique: true, where: 'pinned' })
export class Question {
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

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: QuestionStatus;

  /** The room sees "Anonim"; staff still see the author unless the forum is fully anonymous. */
  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 300, nullable: true })
  rejectionReason: string | null;

  @Column({ name: 'reply_text', type: 'text', nullable: true })
  replyText: string | null;

  /** The replying staff member's name as it was when they replied. */
  @Column({ name: 'reply_author_name', type: 'varchar', length: 120, nullable: true })
  replyAuthorName: string | null;

  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true })
  repliedAt: Date | null;

  /** Kept equal to the number of question_votes rows by the statement that adds or removes one. */
  @Column({ name: 'upvote_count', type: 'integer', default: 0 })
  upvoteCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'moderated_at', type: 'timestamptz', nullable: true })
  moderatedAt: Date | null;

  @Column({ name: 'moderated_by', type: 'uuid', nullable: true })
  moderatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
