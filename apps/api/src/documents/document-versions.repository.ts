import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BeritaAcaraModel } from '@mufakat/documents';
import { loadBeritaAcara, type LoadOptions } from '@mufakat/minutes';
import { DocumentVersion, Forum } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { newPublicCode } from '../verification/public-code';

/** What a request records of a new version; the job fills in the rest. */
export type NewDocumentVersion = Pick<DocumentVersion, 'forumId' | 'version' | 'language' | 'status' | 'progress' | 'requestedBy' | 'announced'> &
  Partial<Pick<DocumentVersion, 'documentNumber' | 'final' | 'finalisedFrom' | 'revision'>>;

/**
 * Every query on the Berita Acara's versions, and the read of the record they are made of. Methods taking a manager
 * run inside the caller's transaction; where it is optional, they also run on their own.
 */
@Injectable()
export class DocumentVersionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The number the forum's next version gets; take the forum's lock first, so two requests get two numbers. */
  async nextVersion(manager: EntityManager, forumId: string): Promise<number> {
    const [{ next }] = (await manager.query('SELECT coalesce(max(version), 0) + 1 AS next FROM document_versions WHERE forum_id = $1', [forumId])) as Array<{
      next: number;
    }>;
    return Number(next);
  }

  insert(manager: EntityManager, values: NewDocumentVersion): Promise<DocumentVersion> {
    return manager.save(manager.create(DocumentVersion, { ...values, publicCode: newPublicCode() }));
  }

  /** Newest first. */
  allOfForum(forumId: string, manager: EntityManager = this.db.manager): Promise<DocumentVersion[]> {
    return manager.find(DocumentVersion, { where: { forumId }, order: { version: 'DESC' } });
  }

  find(forumId: string, documentId: string): Promise<DocumentVersion | null> {
    return this.db.getRepository(DocumentVersion).findOneBy({ id: documentId, forumId });
  }

  /** The version row, locked until the transaction ends. */
  lock(manager: EntityManager, documentId: string): Promise<DocumentVersion | null> {
    return manager.findOne(DocumentVersion, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The final version already made from this one, if any (the newest, should a revision have made another). */
  finalFrom(manager: EntityManager, sourceId: string): Promise<DocumentVersion | null> {
    return manager.findOne(DocumentVersion, { where: { finalisedFrom: sourceId, final: true }, order: { version: 'DESC' } });
  }

  /** Whether a final version of this revision exists. */
  hasFinal(manager: EntityManager, forumId: string, revision: number): Promise<boolean> {
    return manager.existsBy(DocumentVersion, { forumId, final: true, revision });
  }

  /** How many times the forum's record was revised: new versions belong to this revision. */
  async currentRevision(manager: EntityManager, forumId: string): Promise<number> {
    return (await manager.findOneByOrFail(Forum, { id: forumId })).recordRevision;
  }

  /** Records which `status:progress` staff have been told of. */
  async markAnnounced(manager: EntityManager, documentId: string, state: string): Promise<void> {
    await manager.update(DocumentVersion, { id: documentId }, { announced: state });
  }

  /** The version representatives are asked to sign: the newest ready one. */
  latestReady(forumId: string, manager: EntityManager = this.db.manager): Promise<DocumentVersion | null> {
    return manager.findOne(DocumentVersion, { where: { forumId, status: 'ready' }, order: { version: 'DESC' } });
  }

  /** The same, share-locked until the transaction ends, so the version does not change under a signature. */
  lockLatestReady(manager: EntityManager, forumId: string): Promise<DocumentVersion | null> {
    return manager.findOne(DocumentVersion, { where: { forumId, status: 'ready' }, order: { version: 'DESC' }, lock: { mode: 'pessimistic_read' } });
  }

  /** The forum's record as a Berita Acara shows it, read as one consistent moment. */
  beritaAcara(forumId: string, options: LoadOptions): Promise<BeritaAcaraModel> {
    return this.db.transaction('REPEATABLE READ', (manager) => loadBeritaAcara(manager, forumId, options));
  }
}
