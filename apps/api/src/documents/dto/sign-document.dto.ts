import type { SignDocumentRequest } from '@mufakat/contracts';
import { IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** Base64 of at most DOCUMENT_LIMITS.signatureBytes, with its data-URL prefix; the decoded size is checked again. */
export const SIGNATURE_DATA_URL_MAX = 280_000;

export class SignDocumentDto implements SignDocumentRequest {
  @IsUUID()
  documentId: string;

  @IsString()
  @MaxLength(SIGNATURE_DATA_URL_MAX)
  @Matches(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, { message: 'signaturePng must be a PNG data URL' })
  signaturePng: string;
}
