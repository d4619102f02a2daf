import { DOCUMENT_LIMITS, type SigningTask } from '@mufakat/contracts';

/**
 * The pad's drawing size in canvas pixels, which is also the exported PNG's: shown at the phone's width,
 * it stays sharp, and the file small enough for the upload limit without rescaling.
 */
export const PAD = { width: 500, height: 200 } as const;

/** Less ink than this (in pad pixels) is a stray tap, not a signature. */
export const MIN_INK = 40;

const PNG_PREFIX = 'data:image/png;base64,';

export type SigningStep = 'waiting' | 'sign' | 'signed';

/** waiting: no version ready yet; sign: the newest ready version lacks this person's signature. */
export function signingStep(task: SigningTask): SigningStep {
  if (!task.document) return 'waiting';
  return task.signed ? 'signed' : 'sign';
}

/** Bytes of the PNG a base64 data URL holds. */
export function dataUrlBytes(dataUrl: string): number {
  const data = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return Math.floor((data.length * 3) / 4) - padding;
}

export type SignatureProblem = 'empty' | 'format' | 'tooLarge';

/** Checked before sending: the server refuses the same, but only after the upload. */
export function signatureProblem(ink: number, dataUrl: string): SignatureProblem | null {
  if (ink < MIN_INK) return 'empty';
  if (!dataUrl.startsWith(PNG_PREFIX)) return 'format';
  return dataUrlBytes(dataUrl) > DOCUMENT_LIMITS.signatureBytes ? 'tooLarge' : null;
}

/** A SHA-256 in groups of eight, so a person can compare it with the one the organiser shows. */
export function groupHex(hex: string): string {
  return hex.match(/.{1,8}/g)?.join(' ') ?? '';
}
