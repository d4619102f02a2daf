import { crc32, deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

/** A real RGBA PNG encoded by hand, so tests can embed images without fixture files or an image library. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y += 1) {
    const row = y * (1 + width * 4);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], row + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit depth, RGBA, deflate, standard filters, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed), 0);
  return Buffer.concat([length, typed, crc]);
}

/** A pen stroke on a transparent background: what a signature pad sends. */
export function signaturePng(): Buffer {
  return encodePng(120, 40, (x, y) => {
    const stroke = Math.abs(y - (20 + 12 * Math.sin(x / 9))) < 2;
    return stroke ? [20, 30, 90, 255] : [255, 255, 255, 0];
  });
}

/** An opaque gradient standing in for a documentation photo. */
export function photoPng(): Buffer {
  return encodePng(160, 100, (x, y) => [40 + x, 90 + Math.floor(y / 2), 160, 255]);
}
