import { crc32, createInflate } from 'node:zlib';
import type { ImageLimits, ImageVerdict } from './image-check';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Channels per pixel by colour type, and the bit depths each allows (PNG specification, table 11.1). */
const COLOUR_TYPES: Record<number, { channels: number; depths: readonly number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};

/** Adam7's seven passes: first column and row, then the step between columns and between rows. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** Output taken from zlib at a time: fewer round trips to its thread than the default 16 KB. */
const INFLATE_CHUNK = 64 * 1024;

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlaced: boolean;
}

/**
 * What the image data inflates to, from the header alone: every scanline (width × bits per pixel, rounded up to
 * bytes) with its filter byte, pass by pass when interlaced. A whole image inflates to exactly this.
 */
export function inflatedSize({ width, height, bitDepth, colourType, interlaced }: PngHeader): number {
  const bitsPerPixel = COLOUR_TYPES[colourType].channels * bitDepth;
  const scanlines = (columns: number, rows: number) => (columns > 0 && rows > 0 ? rows * (1 + Math.ceil((columns * bitsPerPixel) / 8)) : 0);
  if (!interlaced) return scanlines(width, height);
  return ADAM7.reduce((size, [x, y, dx, dy]) => size + scanlines(Math.ceil((width - x) / dx), Math.ceil((height - y) / dy)), 0);
}

/**
 * Whether the bytes are a whole, undamaged PNG within the limits: IHDR first, IEND last, every chunk's CRC right,
 * and the image data inflating to exactly the size its header announces. A damaged image would pass a header check
 * and then break every later Berita Acara it is drawn into.
 *
 * A decompression bomb (a few hundred KB that inflate to hundreds of MB) is refused from its header, before any of
 * it is inflated; data that inflates beyond what its header announced is cut off there. Inflating runs on zlib's
 * thread, not the event loop, and its output is counted, never kept.
 */
export async function checkPng(data: Buffer, limits: ImageLimits): Promise<ImageVerdict> {
  const image = readChunks(data);
  if (!image) return { ok: false, reason: 'damaged' };
  const { header, idat } = image;
  const expected = inflatedSize(header);
  if (header.width * header.height > limits.maxPixels || expected > limits.maxInflatedBytes) return { ok: false, reason: 'too-large' };
  const inflated = await inflatedLength(idat, expected);
  return inflated === expected ? { ok: true, width: header.width, height: header.height } : { ok: false, reason: 'damaged' };
}

function readChunks(data: Buffer): { header: PngHeader; idat: Buffer[] } | null {
  if (data.length < PNG_SIGNATURE.length + 12 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  const idat: Buffer[] = [];
  let header: PngHeader | null = null;
  let palette = false;
  let offset = PNG_SIGNATURE.length;
  while (offset + 12 <= data.length) {
    const length = data.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > data.length) return null;
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (crc32(data.subarray(offset + 4, offset + 8 + length)) !== data.readUInt32BE(offset + 8 + length)) return null;
    if (!header) {
      header = type === 'IHDR' ? readHeader(body) : null;
      if (!header) return null;
    } else if (type === 'PLTE') {
      palette = true;
    } else if (type === 'IDAT') {
      // A palette image without its palette cannot be drawn.
      if (header.colourType === 3 && !palette) return null;
      idat.push(body);
    } else if (type === 'IEND') {
      return end === data.length && idat.length > 0 ? { header, idat } : null;
    }
    offset = end;
  }
  return null;
}

function readHeader(body: Buffer): PngHeader | null {
  if (body.length !== 13) return null;
  const width = body.readUInt32BE(0);
  const height = body.readUInt32BE(4);
  const [bitDepth, colourType, compression, filter, interlace] = body.subarray(8);
  const allowed = COLOUR_TYPES[colourType]?.depths.includes(bitDepth) ?? false;
  // The specification caps both sides at 2^31 - 1.
  const sized = width > 0 && height > 0 && width <= 0x7fffffff && height <= 0x7fffffff;
  if (!allowed || !sized || compression !== 0 || filter !== 0 || interlace > 1) return null;
  return { width, height, bitDepth, colourType, interlaced: interlace === 1 };
}

/** Bytes the zlib stream inflates to; null when it is broken or goes on beyond `limit` (inflating stops there). */
function inflatedLength(parts: readonly Buffer[], limit: number): Promise<number | null> {
  return new Promise((resolve) => {
    const inflate = createInflate({ chunkSize: INFLATE_CHUNK });
    let length = 0;
    inflate.on('data', (output: Buffer) => {
      length += output.length;
      if (length > limit) {
        inflate.destroy();
        resolve(null);
      }
    });
    inflate.once('error', () => resolve(null));
    inflate.once('end', () => resolve(length));
    for (const part of parts) inflate.write(part);
    inflate.end();
  });
}
