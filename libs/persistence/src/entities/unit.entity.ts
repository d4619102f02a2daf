import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from './organisation.entity';
import { StaffUser } from './staff-user.entity';

/**
 * A service unit that holds forums and issues their Berita Acara: its letterhead, how it numbers documents, who signs
 * for it. Forums point at their unit, so a unit's next forum starts with what its last one used. Every unit belongs to
 * an organisation, which sees all of its units.
 */
@Entity('units')
@Index(['createdBy'])
@Index(['organisationId'])
export class Unit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** Put in document numbers by `{unit}`. */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ name: 'parent_body', type: 'varchar', length: 200, nullable: true })
  parentBody: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  @Column({ name: 'number_pattern', type: 'varchar', length: 120, nullable: true })
  numberPattern: string | null;

  @Column({ name: 'head_name', type: 'varchar', length: 120, nullable: true })
  headName: string | null;

  @Column({ name: 'head_position', type: 'varchar', length: 160, nullable: true })
  headPosition: string | null;

  @Column({ name: 'head_nip', type: 'varchar', length: 24, nullable: true })
  headNip: string | null;

  @Column({ name: 'acknowledger_name', type: 'varchar', length: 120, nullable: true })
  acknowledgerName: string | null;

  @Column({ name: 'acknowledger_position', type: 'varchar', length: 160, nullable: true })
  acknowledgerPosition: string | null;

  @Column({ name: 'acknowledger_nip', type: 'varchar', length: 24, nullable: true })
  acknowledgerNip: string | null;

  /** Path of the logo relative to the documents folder; checked like the photos when uploaded. */
  @Column({ name: 'logo_path', type: 'varchar', length: 300, nullable: true })
  logoPath: string | null;

  @Column({ name: 'logo_mime', type: 'varchar', length: 16, nullable: true })
  logoMime: 'image/png' | 'image/jpeg' | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by' })
  creator?: StaffUser;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
