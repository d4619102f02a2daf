import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StaffUser } from './staff-user.entity';

/**
 * One signed-in browser of a staff user. The session cookie names its row, so logging out, changing the password
 * or deleting the row ends the session at once, on every replica, for HTTP and for sockets.
 */
@Entity('staff_sessions')
export class StaffSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: StaffUser;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The cookie's own expiry, kept here too so an expired row is refused even with a cookie that outlived it. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
