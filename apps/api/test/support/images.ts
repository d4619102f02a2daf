import { once } from 'node:events';
import { crc32, createDeflate, deflateSync } from 'node:zlib';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngHeaderFields {
  width: number;
  height: number;
  /** 8 unless told. */
  bitDepth?: number;
  /** 6 (RGBA) unless told. */
  colourType?: number;
  interlaced?: boolean;
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** A PNG with this header around already deflated image data: whether the two agree is the caller's choice. */
export function pngWith(header: PngHeaderFields, idat: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(header.width, 0);
  ihdr.writeUInt32BE(header.height, 4);
  ihdr.set([header.bitDepth ?? 8, header.colourType ?? 6, 0, 0, header.interlaced ? 1 : 0], 8);
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/** A real, fully transparent RGBA PNG (every scanline filter 0, every pixel zero). */
export function blankPng(width: number, height: number): Buffer {
  return pngWith({ width, height }, deflateSync(Buffer.alloc(height * (1 + width * 4))));
}

/**
 * `size` zero bytes deflated, without ever holding them: one megabyte at a time through a stream. Zeros are the
 * most compressible input there is (about 1,000 to 1), which is what a decompression bomb is made of.
 */
export async function deflatedZeros(size: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const ended = once(deflate, 'end');
  const zeros = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < size; written += zeros.length) {
    if (!deflate.write(zeros.subarray(0, Math.min(zeros.length, size - written)))) await once(deflate, 'drain');
  }
  deflate.end();
  await ended;
  return Buffer.concat(parts);
}

/**
 * The bomb: about 185 KB that inflate to 190 MB, a valid 10000 × 4750 transparent RGBA image. With
 * `header`, the same image data under another (smaller, lying) header.
 */
export async function pngBomb(header: PngHeaderFields = { width: 10_000, height: 4_750 }): Promise<Buffer> {
  return pngWith(header, await deflatedZeros(4_750 * (1 + 10_000 * 4)));
}

function segment(marker: number, body: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/**
 * A baseline greyscale JPEG whose frame header says `width` × `height`. Its one table entry each way and its one
 * scan block (DC 0, then end of block) decode to a mid-grey 8 × 8 image; a larger size is only a claim.
 */
export function jpegOf(width: number, height: number): Buffer {
  const frame = Buffer.from([8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  frame.writeUInt16BE(height, 1);
  frame.writeUInt16BE(width, 3);
  const oneCode = (tableClass: number) => Buffer.from([tableClass << 4, 1, ...Array<number>(15).fill(0), 0]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    segment(0xdb, Buffer.from([0, ...Array<number>(64).fill(1)])),
    segment(0xc0, frame),
    segment(0xc4, oneCode(0)),
    segment(0xc4, oneCode(1)),
    segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])),
    // DC difference 0 (code 0), end of block (code 0), padded with ones.
    Buffer.from([0x3f]),
    Buffer.from([0xff, 0xd9]),
  ]);
}
