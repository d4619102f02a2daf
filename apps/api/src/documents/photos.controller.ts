import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Res, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { DOCUMENT_LIMITS, type PhotoView } from '@mufakat/contracts';
import type { StaffUser } from '@mufakat/persistence';
import type { Response } from 'express';
import { uuidParam } from '../common/uuid-param';
import { CurrentStaff, StaffSessionGuard } from '../auth/staff-session.guard';
import { PhotoCaptionDto } from './dto/photo-caption.dto';
import { PhotosService } from './photos.service';

@Controller('api/forums/:forumId/photos')
@UseGuards(StaffSessionGuard)
export class PhotosController {
  constructor(@Inject(PhotosService) private readonly photos: PhotosService) {}

  @Get()
  list(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string): Promise<PhotoView[]> {
    return this.photos.list(forumId, staff.id);
  }

  @Post()
  @UseInterceptors(FileInterceptor('photo', { limits: { fileSize: DOCUMENT_LIMITS.photoBytes, files: 1 } }))
  upload(
    @CurrentStaff() staff: StaffUser,
    @Param('forumId', uuidParam) forumId: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Body() dto: PhotoCaptionDto,
  ): Promise<PhotoView> {
    return this.photos.upload(forumId, staff.id, file?.buffer, dto.caption ?? null);
  }

  @Get(':photoId')
  async show(
    @CurrentStaff() staff: StaffUser,
    @Param('forumId', uuidParam) forumId: string,
    @Param('photoId', uuidParam) photoId: string,
    @Res() response: Response,
  ): Promise<void> {
    const photo = await this.photos.file(forumId, staff.id, photoId);
    // Uploaded bytes: the browser takes the type they were checked as, and never guesses another (HTML, say).
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.type(photo.mime).send(photo.data);
  }

  @Delete(':photoId')
  @HttpCode(204)
  remove(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string, @Param('photoId', uuidParam) photoId: string): Promise<void> {
    return this.photos.remove(forumId, staff.id, photoId);
  }
}
