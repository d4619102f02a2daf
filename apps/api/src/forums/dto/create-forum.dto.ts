import { LIMITS, type AgendaItemInput, type CreateForumRequest } from '@mufakat/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { trimmed } from '../../common/transforms';

export class AgendaItemDto implements AgendaItemInput {
  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.agendaTitle)
  title: string;

  @IsInt()
  @Min(1)
  @Max(LIMITS.plannedMinutes)
  plannedMinutes: number;
}

export class CreateForumDto implements CreateForumRequest {
  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.forumTitle)
  title: string;

  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.forumText)
  theme: string;

  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  serviceName: string;

  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  unitName: string;

  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  venue: string;

  @IsISO8601({ strict: true })
  startsAt: string;

  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @Length(1, 500)
  streamUrl?: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.agendaItems)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemDto)
  agenda: AgendaItemDto[];

  @IsOptional()
  @IsBoolean()
  preModeration?: boolean;

  @IsOptional()
  @IsBoolean()
  fullyAnonymous?: boolean;
}
