import type { PollAnswer as PollAnswerValue } from '@mufakat/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Participant } from './participant.entity';
import { Poll } from './poll.entity';

/** One attendee's answer to one poll; the primary key makes answering idempotent. */
@Entity('poll_answers')
// An attendee's snapshot looks up their own answers.
@Index(['participantId'])
export class PollAnswer {
  @PrimaryColumn({ name: 'poll_id', type: 'uuid' })
  pollId: string;

  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Poll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id' })
  poll?: Poll;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  /** Already checked against the poll by poll-answer-rules, and stored in its canonical form. */
  @Column({ type: 'jsonb' })
  answer: PollAnswerValue;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When the answer was last changed; open-text results are ordered by it. */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
