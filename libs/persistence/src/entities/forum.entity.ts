import type { ForumStatus, ProjectorView } from '@mufakat/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Unit } from './unit.entity';

@Entity('forums')
export class Forum {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  theme: string;

  @Column({ name: 'service_name', type: 'varchar', length: 200 })
  serviceName: string;

  @Column({ name: 'unit_name', type: 'varchar', length: 200 })
  unitName: string;

  @Column({ type: 'varchar', length: 200 })
  venue: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'stream_url', type: 'varchar', length: 500, nullable: true })
  streamUrl: string | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: ForumStatus;

  /** Short code attendees type or scan; set when the forum is published. */
  @Column({ name: 'join_code', type: 'varchar', length: 12, nullable: true, unique: true })
  joinCode: string | null;

  /** Secret in the read-only projector link. */
  @Column({ name: 'projector_key', type: 'varchar', length: 64 })
  projectorKey: string;

  /** Questions wait for a moderator before the room sees them. */
  @Column({ name: 'pre_moderation', type: 'boolean', default: true })
  preModeration: boolean;

  /** Fixed at creation: nobody, staff included, sees who asked a question. */
  @Column({ name: 'fully_anonymous', type: 'boolean', default: false })
  fullyAnonymous: boolean;

  /** What the projector shows, switched from the console. */
  @Column({ name: 'projector_view', type: 'jsonb', default: { mode: 'join' } })
  projectorView: ProjectorView;

  /** Attendees check in with the code on the projector; counts show verified attendees apart. */
  @Column({ name: 'check_in_enabled', type: 'boolean', default: false })
  checkInEnabled: boolean;

  /** Key the rotating check-in codes are derived from; made when check-in is first turned on. */
  @Column({ name: 'check_in_secret', type: 'varchar', length: 64, nullable: true })
  checkInSecret: string | null;

  /** Attendees may answer the satisfaction survey. */
  @Column({ name: 'survey_open', type: 'boolean', default: false })
  surveyOpen: boolean;

  /** The unit issuing the forum's Berita Acara (letterhead, numbering, head of unit); null until the organiser sets it. */
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => Unit, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit | null;

  /** The Berita Acara prints the texts of rejected and withdrawn questions, not only their counts. */
  @Column({ name: 'show_hidden_question_texts', type: 'boolean', default: false })
  showHiddenQuestionTexts: boolean;

  /** How many times the organiser revised the final Berita Acara; versions requested since carry this number. */
  @Column({ name: 'record_revision', type: 'integer', default: 0 })
  recordRevision: number;

  @Column({ name: 'current_agenda_item_id', type: 'uuid', nullable: true })
  currentAgendaItemId: string | null;

  /** Last sequence number of the public change stream. */
  @Column({ type: 'integer', default: 0 })
  seq: number;

  /** Last sequence number of the staff-only change stream. */
  @Column({ name: 'staff_seq', type: 'integer', default: 0 })
  staffSeq: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
