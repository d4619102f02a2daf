import { PayloadTooLargeException } from '@nestjs/common';
import { ACCOUNTABILITY_LIMITS, type EvidenceMime } from '@mufakat/contracts';
import { DomainError } from '../common/domain-error';
import { acceptImage, PHOTO_IMAGE, sniffImage, type ImageRules } from '../documents/image-check';
import { checkPdf, isPdf } from '../documents/pdf-check';

const EVIDENCE_IMAGE: ImageRules = {
  ...PHOTO_IMAGE,
  field: 'evidence',
  invalid: 'Evidence must be a PNG or JPEG photo or a PDF',
  tooLarge: 'The photo is too large: at most 48 megapixels, or 12 as a PNG',
};

/** Together, a PDF's compressed streams may expand to this: far beyond any scanned letter, far below a bomb. */
const PDF_INFLATED_BYTES = 64 * 1024 * 1024;

/** What its bytes say the file is (the client's Content-Type is not trusted); refused with a 400 or 413 otherwise. */
export async function acceptEvidence(data: Buffer, name: string): Promise<EvidenceMime> {
  if (data.length === 0) throw new DomainError('VALIDATION_FAILED', `${name} is empty`, ['evidence: a file is empty']);
  if (data.length > ACCOUNTABILITY_LIMITS.evidenceBytes) throw new PayloadTooLargeException(`${name} is larger than 10 MB`);
  if (sniffImage(data)) return acceptImage(data, EVIDENCE_IMAGE);
  if (isPdf(data)) {
    const verdict = await checkPdf(data, { maxBytes: ACCOUNTABILITY_LIMITS.evidenceBytes, maxInflatedBytes: PDF_INFLATED_BYTES });
    if (verdict.ok) return 'application/pdf';
    if (verdict.reason === 'too-large') throw new PayloadTooLargeException(`${name} expands beyond what a PDF of evidence may`);
    if (verdict.reason === 'active-content') {
      throw new DomainError('VALIDATION_FAILED', `${name} holds scripts, attachments or encryption`, [
        'evidence: a plain PDF, without scripts, attachments or a password',
      ]);
    }
    throw new DomainError('VALIDATION_FAILED', `${name} is not a whole PDF`, ['evidence: a damaged PDF']);
  }
  throw new DomainError('VALIDATION_FAILED', EVIDENCE_IMAGE.invalid, ['evidence: must be a PNG or JPEG image or a PDF']);
}
