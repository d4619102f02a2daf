import type { ImageLimits, ImageVerdict } from './image-check';

const MARKER = 0xff;
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;

/** SOF0–SOF15 carry the frame's size, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
function isFrameHeader(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Markers without a length: restart markers and TEM. */
function isStandalone(marker: number): boolean {
  return (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01;
}

/**
 * Whether the bytes are built like a JPEG within the limits: SOI, segments whose lengths hold, a frame header with
 * its size before the first scan, scans, and EOI. The entropy-coded data is not decoded (nothing here or in the PDF
 * decodes a JPEG), only walked to find the markers. Bytes after EOI are allowed: phones append their own data there.
 * A file that only starts like a JPEG (an HTML page behind the first bytes, say) fails at its first segment.
 */
export function checkJpeg(data: Buffer, limits: Pick<ImageLimits, 'maxPixels'>): ImageVerdict {
  const damaged: ImageVerdict = { ok: false, reason: 'damaged' };
  if (data.length < 4 || data[0] !== MARKER || data[1] !== SOI) return damaged;
  let size: { width: number; height: number } | null = null;
  let offset = 2;
  for (;;) {
    if (data[offset] !== MARKER) return damaged;
    // Fill bytes may precede a marker.
    while (data[offset + 1] === MARKER) offset += 1;
    if (offset + 2 > data.length) return damaged;
    const marker = data[offset + 1];
    offset += 2;
    if (marker === EOI) return size ? { ok: true, ...size } : damaged;
    if (isStandalone(marker)) continue;
    if (marker === SOI || marker === 0x00 || offset + 2 > data.length) return damaged;
    const length = data.readUInt16BE(offset);
    if (length < 2 || offset + length > data.length) return damaged;
    if (isFrameHeader(marker) && !size) {
      if (length < 8) return damaged;
      size = { height: data.readUInt16BE(offset + 3), width: data.readUInt16BE(offset + 5) };
      if (size.width === 0 || size.height === 0) return damaged;
      if (size.width * size.height > limits.maxPixels) return { ok: false, reason: 'too-large' };
    }
    offset += length;
    if (marker === SOS) {
      if (!size) return damaged;
      offset = afterScan(data, offset);
    }
  }
}

/** Where the entropy-coded data after a scan header ends: at the first marker that is neither a stuffed 0xFF nor a restart. */
function afterScan(data: Buffer, from: number): number {
  let offset = from;
  for (;;) {
    offset = data.indexOf(MARKER, offset);
    if (offset < 0 || offset + 1 >= data.length) return data.length;
    const next = data[offset + 1];
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) offset += 2;
    else if (next === MARKER) offset += 1;
    else return offset;
  }
}
