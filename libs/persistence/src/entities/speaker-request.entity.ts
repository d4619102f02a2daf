import type { SpeakerStatus } from '@mufakat/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Forum } from './forum.entity';
import { Participant } from './participant.entity';

/** A raised hand; an attendee has at most one waiting or speaking request per forum. */
@Entity('speaker_requests')
@Index(['forumId', 'status', 'position'])
@Index('uq_speaker_requests_active', ['forumId', 'participantId'], { unique: true, where: `status IN ('waiting', 'speaking')` })
export class SpeakerRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'varchar', length: 16, default: 'waiting' })
  status: SpeakerStatus;

  /** Queue order among waiting requests; the moderator may reorder. */
  @Column({ type: 'integer' })
  position: number;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'limit_seconds', type: 'integer', nullable: true })
  limitSeconds: number | null;
}
