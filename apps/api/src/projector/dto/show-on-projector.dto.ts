import { PROJECTOR_MODES, type ProjectorView, type ShowOnProjectorRequest } from '@mufakat/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, IsUUID, ValidateIf, ValidateNested } from 'class-validator';

export class ProjectorViewDto {
  @IsIn(PROJECTOR_MODES)
  mode: ProjectorView['mode'];

  @ValidateIf((view: ProjectorViewDto) => view.mode === 'poll')
  @IsUUID()
  pollId?: string;

  @IsOptional()
  @IsBoolean()
  pinned?: boolean;
}

export class ShowOnProjectorDto implements ShowOnProjectorRequest {
  @IsObject()
  @ValidateNested()
  @Type(() => ProjectorViewDto)
  view: ProjectorView;
}
