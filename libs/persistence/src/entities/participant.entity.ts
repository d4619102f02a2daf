import type { AttendanceMode, StakeholderCategory, VerifiedBy } from '@mufakat/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Forum } from './forum.entity';

/** An attendee of one forum: the attendance list. */
@Entity('participants')
@Index(['forumId', 'mode'])
@Index(['forumId', 'deviceKeyHash'], { unique: true })
export class Participant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 160 })
  institution: string;

  @Column({ type: 'varchar', length: 32 })
  category: StakeholderCategory;

  @Column({ type: 'varchar', length: 8 })
  mode: AttendanceMode;

  /** SHA-256 of the attendee token; the token itself is only on the device. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  /** SHA-256 of the browser's device key: one attendee per browser per forum. Null for attendees without one. */
  @Column({ name: 'device_key_hash', type: 'varchar', length: 64, nullable: true })
  deviceKeyHash: string | null;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;

  /** When the attendee checked in with the projector's code or was confirmed by staff. */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'verified_by', type: 'varchar', length: 8, nullable: true })
  verifiedBy: VerifiedBy | null;

  /** The staff member who confirmed the attendee by hand. */
  @Column({ name: 'verified_by_user_id', type: 'uuid', nullable: true })
  verifiedByUserId: string | null;

  /** Voided by staff: counted nowhere, refused everything (the audit log says who and why). */
  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ name: 'void_reason', type: 'varchar', length: 300, nullable: true })
  voidReason: string | null;
}
