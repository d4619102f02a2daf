import { LIMITS, type AskQuestionRequest } from '@mufakat/contracts';
import { IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class AskQuestionDto implements AskQuestionRequest {
  @IsOptional()
  @IsUUID()
  agendaItemId?: string | null;

  @IsString()
  @Length(1, LIMITS.questionText)
  text: string;

  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;
}
