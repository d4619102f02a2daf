import { deflateSync } from 'node:zlib';
import { checkPdf, isPdf } from './pdf-check';

const LIMITS = { maxBytes: 1024 * 1024, maxInflatedBytes: 1024 * 1024 };

function pdf(catalogueExtra = '', content: Buffer = deflateSync(Buffer.from('BT (Bukti) Tj ET'))): Buffer {
  return Buffer.concat([
    Buffer.from(`%PDF-1.7\n1 0 obj <</Type/Catalog${catalogueExtra}>> endobj\n2 0 obj <</Length ${content.length}/Filter/FlateDecode>> stream\n`, 'latin1'),
    content,
    Buffer.from('\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'latin1'),
  ]);
}

describe('checkPdf', () => {
  it('accepts a whole, plain PDF', async () => {
    expect(isPdf(pdf())).toBe(true);
    expect(await checkPdf(pdf(), LIMITS)).toEqual({ ok: true });
  });

  it('refuses what is not a whole PDF', async () => {
    expect(isPdf(Buffer.from('<html>'))).toBe(false);
    expect(await checkPdf(Buffer.from('%PDF-1.4 but cut short'), LIMITS)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('refuses scripts and encryption, also when hidden in a compressed stream', async () => {
    expect(await checkPdf(pdf('/Names <</JavaScript 3 0 R>>'), LIMITS)).toEqual({ ok: false, reason: 'active-content' });
    expect(await checkPdf(pdf('/Encrypt 4 0 R'), LIMITS)).toEqual({ ok: false, reason: 'active-content' });
    expect(await checkPdf(pdf('', deflateSync(Buffer.from('<</S/Launch/F (cmd.exe)>>'))), LIMITS)).toEqual({ ok: false, reason: 'active-content' });
  });

  it('refuses a file over the size limit, and streams that inflate past the budget, without inflating them whole', async () => {
    expect(await checkPdf(pdf(), { ...LIMITS, maxBytes: 100 })).toEqual({ ok: false, reason: 'too-large' });
    expect(await checkPdf(pdf('', deflateSync(Buffer.alloc(4 * 1024 * 1024))), LIMITS)).toEqual({ ok: false, reason: 'too-large' });
  });
});
