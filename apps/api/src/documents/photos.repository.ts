import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DocumentPhoto } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';

/** Every query on the documentation photos' rows (their files are the service's). Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class PhotosRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Oldest first: the order the Berita Acara prints them in. */
  allOfForum(forumId: string): Promise<DocumentPhoto[]> {
    return this.db.getRepository(DocumentPhoto).find({ where: { forumId }, order: { uploadedAt: 'ASC' } });
  }

  count(manager: EntityManager, forumId: string): Promise<number> {
    return manager.countBy(DocumentPhoto, { forumId });
  }

  insert(manager: EntityManager, values: Pick<DocumentPhoto, 'forumId' | 'caption' | 'mime' | 'size' | 'filePath'>): Promise<DocumentPhoto> {
    return manager.save(manager.create(DocumentPhoto, values));
  }

  find(forumId: string, photoId: string, manager: EntityManager = this.db.manager): Promise<DocumentPhoto | null> {
    return manager.findOneBy(DocumentPhoto, { id: photoId, forumId });
  }

  async delete(manager: EntityManager, photoId: string): Promise<void> {
    await manager.delete(DocumentPhoto, { id: photoId });
  }
}
