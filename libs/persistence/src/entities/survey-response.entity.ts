import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Forum } from './forum.entity';
import { Participant } from './participant.entity';

/** One attendee's satisfaction survey: nine scores 1–4, U1..U9 order. One per attendee. */
@Entity('survey_responses')
@Index(['forumId'])
export class SurveyResponse {
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  @Column({ type: 'smallint', array: true })
  scores: number[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
