export interface PixelSize {
  width: number;
  height: number;
}

export interface ImageInfo extends PixelSize {
  /** Read from the bytes, not from the declared MIME type, which an upload may get wrong. */
  format: 'png' | 'jpeg';
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Format and pixel size read from a PNG or JPEG header. DOCX images need an explicit size, and reading the header
 * keeps the photos' proportions without an image library. Null when the data is neither format (or has no size).
 */
export function imageInfo(data: Buffer): ImageInfo | null {
  if (data.length >= 24 && data.subarray(0, 8).equals(PNG_SIGNATURE)) {
    const size = { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
    return size.width > 0 && size.height > 0 ? { format: 'png', ...size } : null;
  }
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
    const size = jpegSize(data);
    return size && size.width > 0 && size.height > 0 ? { format: 'jpeg', ...size } : null;
  }
  return null;
}

function jpegSize(data: Buffer): PixelSize | null {
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1];
    // Fill bytes may precede a marker.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = data.readUInt16BE(offset + 2);
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return null;
}

/** Largest size with the image's proportions that fits the box, so photos and signatures print at a steady size. */
export function fitInto(size: PixelSize, maxWidth: number, maxHeight: number): PixelSize {
  const scale = Math.min(maxWidth / size.width, maxHeight / size.height);
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}
