import type { SignatorySide } from '@mufakat/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Forum } from './forum.entity';
import { Participant } from './participant.entity';

/** An attendee the organiser named to sign the Berita Acara, for the provider or for the public. */
@Entity('representatives')
@Index(['forumId', 'participantId'], { unique: true })
export class Representative {
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

  @Column({ type: 'varchar', length: 16 })
  side: SignatorySide;

  @Column({ name: 'role_title', type: 'varchar', length: 120 })
  roleTitle: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
