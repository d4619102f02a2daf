import { createInflate } from 'node:zlib';

export type PdfVerdict = { ok: true } | { ok: false; reason: 'damaged' | 'too-large' | 'active-content' };

export interface PdfLimits {
  maxBytes: number;
  /** What all of its Flate streams may inflate to together: what a viewer would decode to show it. */
  maxInflatedBytes: number;
}

const PDF_MAGIC = Buffer.from('%PDF-1.', 'latin1');
const PDF_MAGIC_2 = Buffer.from('%PDF-2.', 'latin1');
const EOF_MARK = Buffer.from('%%EOF', 'latin1');
const STREAM = Buffer.from('stream', 'latin1');
const END_STREAM = Buffer.from('endstream', 'latin1');
/** Names that make a PDF do things when opened, or hide its content from anyone without a password. */
const ACTIVE = /\/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|Encrypt|XFA)\b/;
const INFLATE_CHUNK = 64 * 1024;

/**
 * A PDF as evidence: the magic bytes and end marker of a whole file, within the size limit, nothing that runs or is
 * encrypted, and its compressed streams inflating to no more than `maxInflatedBytes` together, so a small file that
 * expands to gigabytes in a reader (a decompression bomb) is refused. Inflating stops at the limit; nothing is kept.
 */
export async function checkPdf(data: Buffer, limits: PdfLimits): Promise<PdfVerdict> {
  if (data.length > limits.maxBytes) return { ok: false, reason: 'too-large' };
  if (!isPdf(data)) return { ok: false, reason: 'damaged' };
  if (data.lastIndexOf(EOF_MARK) < Math.max(0, data.length - 1024)) return { ok: false, reason: 'damaged' };
  // Names are matched on the raw bytes; a name hidden in an object stream is found once inflated below.
  if (ACTIVE.test(data.toString('latin1'))) return { ok: false, reason: 'active-content' };
  let budget = limits.maxInflatedBytes;
  for (const stream of flateStreams(data)) {
    const inflated = await inflatedBytes(stream, budget);
    if (inflated === 'too-large') return { ok: false, reason: 'too-large' };
    if (inflated === null) return { ok: false, reason: 'damaged' };
    if (ACTIVE.test(inflated.toString('latin1'))) return { ok: false, reason: 'active-content' };
    budget -= inflated.length;
  }
  return { ok: true };
}

export function isPdf(data: Buffer): boolean {
  const head = data.subarray(0, PDF_MAGIC.length);
  return head.equals(PDF_MAGIC) || head.equals(PDF_MAGIC_2);
}

/** The raw bytes of every stream whose dictionary names FlateDecode. */
function* flateStreams(data: Buffer): Generator<Buffer> {
  let from = 0;
  for (;;) {
    const start = data.indexOf(STREAM, from);
    if (start < 0) return;
    // "endstream" contains "stream": skip it.
    if (start >= 3 && data.subarray(start - 3, start).toString('latin1') === 'end') {
      from = start + STREAM.length;
      continue;
    }
    let body = start + STREAM.length;
    if (data[body] === 0x0d) body += 1;
    if (data[body] === 0x0a) body += 1;
    const end = data.indexOf(END_STREAM, body);
    if (end < 0) return;
    const dictionary = data.subarray(Math.max(0, data.lastIndexOf('<<', start) - 1), start).toString('latin1');
    if (dictionary.includes('/FlateDecode')) yield data.subarray(body, end);
    from = end + END_STREAM.length;
  }
}

/** The stream inflated, 'too-large' past `limit` (inflating stops there), or null when it is not zlib data. */
function inflatedBytes(stream: Buffer, limit: number): Promise<Buffer | 'too-large' | null> {
  return new Promise((resolve) => {
    const inflate = createInflate({ chunkSize: INFLATE_CHUNK });
    const parts: Buffer[] = [];
    let length = 0;
    let settled = false;
    const settle = (value: Buffer | 'too-large' | null) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    inflate.on('data', (output: Buffer) => {
      length += output.length;
      if (length > limit) {
        inflate.destroy();
        settle('too-large');
        return;
      }
      parts.push(output);
    });
    inflate.once('error', () => settle(length > 0 ? Buffer.concat(parts) : null));
    inflate.once('end', () => settle(Buffer.concat(parts)));
    inflate.end(stream);
  });
}
