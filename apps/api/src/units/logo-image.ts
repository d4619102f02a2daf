import { RECORD_SETTINGS_LIMITS } from '@mufakat/contracts';
import type { ImageRules } from '../documents/image-check';
import { inflatedSize } from '../documents/png-check';

const SIDE = 2000;

/** A letterhead logo is small on the page: 2000 pixels a side is plenty, and a PNG of that inflates to 16 MB at most. */
export const LOGO_IMAGE: ImageRules = {
  maxPixels: SIDE * SIDE,
  maxInflatedBytes: inflatedSize({ width: SIDE, height: SIDE, bitDepth: 8, colourType: 6, interlaced: false }),
  formats: ['image/png', 'image/jpeg'],
  field: 'logo',
  invalid: 'Only PNG and JPEG logos can be used',
  tooLarge: `The logo is too large: at most ${SIDE} × ${SIDE} pixels and ${RECORD_SETTINGS_LIMITS.logoBytes / 1024} KB`,
};
