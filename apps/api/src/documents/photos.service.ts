import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DOCUMENT_LIMITS, type PhotoView } from '@mufakat/contracts';
import { photoFilePath } from '@mufakat/minutes';
import { DocumentPhoto } from '@mufakat/persistence';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { ForumAccessService } from '../forums/forum-access.service';
import { lockForum } from '../realtime/forum-sequencer';
import { PNG_SIGNATURE } from './png-check';

/** What the first bytes of a file say it is: the client's Content-Type is not trusted. */
function sniffImage(data: Buffer): PhotoView['mime'] | null {
  if (data.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  return null;
}

function toPhotoView(photo: DocumentPhoto): PhotoView {
  return { id: photo.id, caption: photo.caption, mime: photo.mime, size: photo.size, uploadedAt: photo.uploadedAt.toISOString() };
}

/** Documentation photos the organiser uploads for the Berita Acara. */
@Injectable()
export class PhotosService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async list(forumId: string, userId: string): Promise<PhotoView[]> {
    await this.access.require(forumId, userId, 'viewForum');
    const photos = await this.db.getRepository(DocumentPhoto).find({ where: { forumId }, order: { uploadedAt: 'ASC' } });
    return photos.map(toPhotoView);
  }

  /** The file is written first and removed again if the row cannot be: never a row without its file. */
  async upload(forumId: string, userId: string, data: Buffer | undefined, caption: string | null): Promise<PhotoView> {
    await this.access.require(forumId, userId, 'manageDocuments');
    if (!data || data.length === 0) throw new DomainError('VALIDATION_FAILED', 'Choose a photo to upload', ['photo: required']);
    const mime = sniffImage(data);
    if (!mime) throw new DomainError('VALIDATION_FAILED', 'Only PNG and JPEG photos can be used', ['photo: must be a PNG or JPEG image']);
    const relative = join(forumId, 'photos', `${randomUUID()}.${mime === 'image/png' ? 'png' : 'jpg'}`);
    const path = photoFilePath(this.config.documents.dir, relative);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
    try {
      const photo = await this.db.transaction(async (manager) => {
        await lockForum(manager, forumId);
        if ((await manager.countBy(DocumentPhoto, { forumId })) >= DOCUMENT_LIMITS.photos) {
          throw new DomainError('CONFLICT', `A forum has at most ${DOCUMENT_LIMITS.photos} photos`);
        }
        const photo = await manager.save(manager.create(DocumentPhoto, { forumId, caption, mime, size: data.length, filePath: relative }));
        await this.audit.record(manager, {
          forumId,
          actorUserId: userId,
          action: 'photo.upload',
          subjectId: photo.id,
          details: { caption, size: data.length },
        });
        return photo;
      });
      return toPhotoView(photo);
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
  }

  async remove(forumId: string, userId: string, photoId: string): Promise<void> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const photo = await this.db.transaction(async (manager) => {
      const photo = await manager.findOneBy(DocumentPhoto, { id: photoId, forumId });
      if (!photo) throw new DomainError('NOT_FOUND', 'Photo not found');
      await manager.delete(DocumentPhoto, { id: photo.id });
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'photo.delete', subjectId: photo.id });
      return photo;
    });
    await rm(photoFilePath(this.config.documents.dir, photo.filePath), { force: true });
  }

  async file(forumId: string, userId: string, photoId: string): Promise<{ mime: string; data: Buffer }> {
    await this.access.require(forumId, userId, 'viewForum');
    const photo = await this.db.getRepository(DocumentPhoto).findOneBy({ id: photoId, forumId });
    if (!photo) throw new DomainError('NOT_FOUND', 'Photo not found');
    return { mime: photo.mime, data: await readFile(photoFilePath(this.config.documents.dir, photo.filePath)) };
  }
}
