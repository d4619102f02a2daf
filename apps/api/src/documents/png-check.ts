import { crc32, inflateSync } from 'node:zlib';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Whether the bytes are a whole, undamaged PNG: IHDR first, IEND last, every chunk's CRC right and the image data
 * inflatable. A damaged image would pass a header check and then break every later Berita Acara it is drawn into.
 */
export function isIntactPng(data: Buffer): boolean {
  if (data.length < PNG_SIGNATURE.length + 12 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) return false;
  const idat: Buffer[] = [];
  let offset = PNG_SIGNATURE.length;
  let first = true;
  while (offset + 12 <= data.length) {
    const length = data.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > data.length) return false;
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (crc32(data.subarray(offset + 4, offset + 8 + length)) !== data.readUInt32BE(offset + 8 + length)) return false;
    if (first && type !== 'IHDR') return false;
    first = false;
    if (type === 'IDAT') idat.push(body);
    if (type === 'IEND') {
      if (end !== data.length || idat.length === 0) return false;
      try {
        inflateSync(Buffer.concat(idat));
        return true;
      } catch {
        return false;
      }
    }
    offset = end;
  }
  return false;
}
