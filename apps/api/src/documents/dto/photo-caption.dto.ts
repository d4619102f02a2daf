import { DOCUMENT_LIMITS } from '@mufakat/contracts';
import { Transform, type TransformFnParams } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class PhotoCaptionDto {
  @Transform(({ value }: TransformFnParams): unknown => (typeof value === 'string' ? value.trim() || null : value))
  @IsOptional()
  @IsString()
  @MaxLength(DOCUMENT_LIMITS.photoCaption)
  caption?: string | null;
}
