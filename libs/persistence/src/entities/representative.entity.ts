import type { SignatorySide } from '@mufakat/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Forum } from './forum.entity';
import { Participant } from './participant.entity';
import { StaffUser } from './staff-user.entity';

/**
 * Someone the organiser named to sign the Berita Acara: an attendee (for the public, signing on the phone) or a staff
 * member of the forum (the provider's signatory, signing from the console), never both.
 */
@Entity('representatives')
@Index(['forumId', 'participantId'], { unique: true })
@Index(['forumId', 'staffUserId'], { unique: true })
@Check('CHK_representatives_one_person', '("participant_id" IS NULL) <> ("staff_user_id" IS NULL)')
export class Representative {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  @Column({ name: 'participant_id', type: 'uuid', nullable: true })
  participantId: string | null;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ name: 'staff_user_id', type: 'uuid', nullable: true })
  staffUserId: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_user_id' })
  staffUser?: StaffUser;

  @Column({ type: 'varchar', length: 16 })
  side: SignatorySide;

  @Column({ name: 'role_title', type: 'varchar', length: 120 })
  roleTitle: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
