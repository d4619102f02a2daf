import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { DOCUMENT_LIMITS, type PhotoView } from '@mufakat/contracts';
import { photoFilePath } from '@mufakat/minutes';
import type { DocumentPhoto } from '@mufakat/persistence';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { ForumAccessService } from '../forums/forum-access.service';
import { lockForum } from '../realtime/forum-sequencer';
import { acceptImage, PHOTO_IMAGE, sniffImage } from './image-check';
import { PhotosRepository } from './photos.repository';

function toPhotoView(photo: DocumentPhoto): PhotoView {
  return { id: photo.id, caption: photo.caption, mime: photo.mime, size: photo.size, uploadedAt: photo.uploadedAt.toISOString() };
}

/** Documentation photos the organiser uploads for the Berita Acara. */
@Injectable()
export class PhotosService {
  constructor(
    @Inject(PhotosRepository) private readonly photos: PhotosRepository,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async list(forumId: string, userId: string): Promise<PhotoView[]> {
    await this.access.require(forumId, userId, 'viewForum');
    return (await this.photos.allOfForum(forumId)).map(toPhotoView);
  }

  /** The file is written first and removed again if the row cannot be: never a row without its file. */
  async upload(forumId: string, userId: string, data: Buffer | undefined, caption: string | null): Promise<PhotoView> {
    await this.access.require(forumId, userId, 'manageDocuments');
    if (!data || data.length === 0) throw new DomainError('VALIDATION_FAILED', 'Choose a photo to upload', ['photo: required']);
    const mime = await acceptImage(data, PHOTO_IMAGE);
    const relative = join(forumId, 'photos', `${randomUUID()}.${mime === 'image/png' ? 'png' : 'jpg'}`);
    const path = photoFilePath(this.config.documents.dir, relative);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
    try {
      const photo = await this.photos.transaction(async (manager) => {
        await lockForum(manager, forumId);
        if ((await this.photos.count(manager, forumId)) >= DOCUMENT_LIMITS.photos) {
          throw new DomainError('CONFLICT', `A forum has at most ${DOCUMENT_LIMITS.photos} photos`);
        }
        const photo = await this.photos.insert(manager, { forumId, caption, mime, size: data.length, filePath: relative });
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
    const photo = await this.photos.transaction(async (manager) => {
      const photo = await this.photos.find(forumId, photoId, manager);
      if (!photo) throw new DomainError('NOT_FOUND', 'Photo not found');
      await this.photos.delete(manager, photo.id);
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'photo.delete', subjectId: photo.id });
      return photo;
    });
    await rm(photoFilePath(this.config.documents.dir, photo.filePath), { force: true });
  }

  /** The file, with the type its bytes say (not the one recorded), so it is never served as something else. */
  async file(forumId: string, userId: string, photoId: string): Promise<{ mime: string; data: Buffer }> {
    await this.access.require(forumId, userId, 'viewForum');
    const photo = await this.photos.find(forumId, photoId);
    if (!photo) throw new DomainError('NOT_FOUND', 'Photo not found');
    const data = await readFile(photoFilePath(this.config.documents.dir, photo.filePath));
    return { mime: sniffImage(data) ?? 'application/octet-stream', data };
  }
}
