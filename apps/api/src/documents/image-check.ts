import { PayloadTooLargeException } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { checkJpeg } from './jpeg-check';
import { checkPng, inflatedSize, PNG_SIGNATURE } from './png-check';

export type ImageMime = 'image/png' | 'image/jpeg';

export type ImageVerdict = { ok: true; width: number; height: number } | { ok: false; reason: 'damaged' | 'too-large' };

export interface ImageLimits {
  /** Width × height, as the header declares it. */
  maxPixels: number;
  /** A PNG's image data once inflated (what drawing it into the PDF decodes). */
  maxInflatedBytes: number;
}

/** What an upload may be, and what its uploader is told when it is not. */
export interface ImageRules extends ImageLimits {
  formats: readonly ImageMime[];
  /** The request field, for the validation details. */
  field: string;
  invalid: string;
  tooLarge: string;
}

const rgba = (width: number, height: number): ImageLimits => ({
  maxPixels: width * height,
  maxInflatedBytes: inflatedSize({ width, height, bitDepth: 8, colourType: 6, interlaced: false }),
});

/** The phone's signature pad exports 500 × 200; four times that each way covers any screen's pixel ratio. */
export const SIGNATURE_IMAGE: ImageRules = {
  ...rgba(2000, 1000),
  formats: ['image/png'],
  field: 'signaturePng',
  invalid: 'The signature is not a PNG image',
  tooLarge: 'The signature image is too large: at most 2000 × 1000 pixels',
};

/**
 * A 48-megapixel camera's JPEG fits. A PNG is decoded whole to be drawn into the PDF (a JPEG goes in as it is),
 * so a PNG photo is held to 12 megapixels of RGBA.
 */
export const PHOTO_IMAGE: ImageRules = {
  maxPixels: 8000 * 6000,
  maxInflatedBytes: rgba(4000, 3000).maxInflatedBytes,
  formats: ['image/png', 'image/jpeg'],
  field: 'photo',
  invalid: 'Only PNG and JPEG photos can be used',
  tooLarge: 'The photo is too large: at most 48 megapixels, or 12 as a PNG',
};

/** What the first bytes of a file say it is: the client's Content-Type is not trusted. */
export function sniffImage(data: Buffer): ImageMime | null {
  if (data.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  return null;
}

/**
 * The upload's format, when it is a whole image of an allowed format within the rules' size. Otherwise a 400, or a
 * 413 for an image that is too large (told from its header, before it is inflated).
 */
export async function acceptImage(data: Buffer, rules: ImageRules): Promise<ImageMime> {
  const mime = sniffImage(data);
  if (mime && rules.formats.includes(mime)) {
    const verdict = mime === 'image/png' ? await checkPng(data, rules) : checkJpeg(data, rules);
    if (verdict.ok) return mime;
    if (verdict.reason === 'too-large') throw new PayloadTooLargeException(rules.tooLarge);
  }
  const formats = rules.formats.map((format) => format.slice('image/'.length).toUpperCase()).join(' or ');
  throw new DomainError('VALIDATION_FAILED', rules.invalid, [`${rules.field}: must be a ${formats} image`]);
}
