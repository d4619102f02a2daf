import { DOCUMENT_LANGUAGES, type DocumentLanguage, type GenerateDocumentRequest } from '@mufakat/contracts';
import { IsIn, IsOptional } from 'class-validator';

export class GenerateDocumentDto implements GenerateDocumentRequest {
  @IsOptional()
  @IsIn(DOCUMENT_LANGUAGES)
  language?: DocumentLanguage;
}
