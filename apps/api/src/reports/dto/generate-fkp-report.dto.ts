import { DOCUMENT_LANGUAGES, type DocumentLanguage, type GenerateFkpReportRequest } from '@mufakat/contracts';
import { IsIn, IsOptional } from 'class-validator';

export class GenerateFkpReportDto implements GenerateFkpReportRequest {
  @IsOptional()
  @IsIn(DOCUMENT_LANGUAGES)
  language?: DocumentLanguage;
}
