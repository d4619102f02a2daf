import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Forum } from './forum.entity';

/** A documentation photo for the Berita Acara; the file lives in the documents folder. */
@Entity('document_photos')
@Index(['forumId', 'uploadedAt'])
export class DocumentPhoto {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id' })
  forum?: Forum;

  @Column({ type: 'varchar', length: 200, nullable: true })
  caption: string | null;

  @Column({ type: 'varchar', length: 16 })
  mime: 'image/png' | 'image/jpeg';

  @Column({ type: 'integer' })
  size: number;

  /** Path relative to the documents folder. */
  @Column({ name: 'file_path', type: 'varchar', length: 300 })
  filePath: string;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt: Date;
}
