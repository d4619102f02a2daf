import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Forum } from './forum.entity';
import { Unit } from './unit.entity';

/**
 * The number a forum's Berita Acara was issued under: one per forum, drawn once, kept by every later final version.
 * Unique per unit and year, and drawn in the same transaction that records it, so a failed finalisation leaves no gap.
 */
@Entity('document_numbers')
@Index(['unitId', 'year', 'sequence'], { unique: true })
export class DocumentNumber {
  @PrimaryColumn({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  sequence: number;

  /** The pattern filled in when it was drawn: a later change of pattern does not renumber an issued document. */
  @Column({ type: 'varchar', length: 160 })
  number: string;

  @Column({ name: 'assigned_by', type: 'uuid' })
  assignedBy: string;

  @CreateDateColumn({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;
}
