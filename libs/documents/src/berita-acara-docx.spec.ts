import { renderBeritaAcaraDocx } from './berita-acara-docx';
import type { BeritaAcaraModel } from './berita-acara-model';
import { renderBeritaAcaraPdf } from './berita-acara-pdf';
import { docxParts, type DocxParts } from './test-extract';
import { beritaAcaraFixture } from './test-fixtures';

describe(renderBeritaAcaraDocx.name, () => {
  let model: BeritaAcaraModel;
  let docx: Buffer;
  let parts: DocxParts;

  beforeAll(async () => {
    model = beritaAcaraFixture();
    // The PDF first: pdfmake rewrites what it is given, and must not leave its marks on the DOCX.
    await renderBeritaAcaraPdf(model);
    docx = await renderBeritaAcaraDocx(model);
    parts = await docxParts(docx);
  });

  it('is a zip with the title, the forum header and the legal basis', () => {
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(parts.text).toContain('BERITA ACARA FORUM KONSULTASI PUBLIK');
    expect(parts.text).toContain('Senin, 24 November 2025, 09.00 WITA');
    expect(parts.text).toContain('1.\tUndang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;');
    expect(parts.text).not.toContain('[object Object]');
  });

  it('contains the consensus texts, follow-up actions, attendance and survey facts', () => {
    for (const item of model.consensus) {
      expect(parts.text).toContain(`Kesepakatan ${item.number}: ${item.text}`);
      expect(parts.text).toContain(item.followUp.action);
    }
    expect(parts.text).toContain('5 Januari 2026');
    expect(parts.text).toContain('Jumlah peserta yang hadir: 12 orang.');
    expect(parts.text).toContain((model.survey?.converted ?? NaN).toFixed(2).replace('.', ','));
    expect(parts.text).toContain('B (Baik)');
    expect(parts.text).toContain('Lampiran: Daftar Hadir');
  });

  it('embeds the signature and the photo as media', () => {
    const signature = model.signatories[0].signature?.png;
    expect(signature).toBeDefined();
    expect(parts.media).toHaveLength(2);
    expect(parts.media.some((m) => signature !== undefined && m.equals(signature))).toBe(true);
    expect(parts.media.some((m) => m.equals(model.photos[0].data))).toBe(true);
    expect(parts.text).toContain('Suasana diskusi di Aula Dinas Dukcapil Kota Kupang');
  });

  it('reports the unsigned signatory as not signed', () => {
    expect(parts.text).toContain('Ni Luh Putu Ayu Déwi\n(belum ditandatangani)');
    expect(parts.text.match(/belum ditandatangani/g)).toHaveLength(1);
    expect(parts.text).toContain('Drs. Stefanus Bria, M.Si.\nNIP. 19700101 199003 1 001\nDitandatangani 24 Nov 2025');
  });

  it('draws bars as shaded grid spans proportional to the value', () => {
    const barCell = (span: number, fill: string): RegExp => new RegExp(`<w:gridSpan w:val="${span}"/><w:shd w:fill="${fill}"`);
    // "Antrean": 5 of 11 respondents = 45 %, so 23 of 50 steps shaded and 27 left as track.
    expect(parts.documentXml).toMatch(barCell(23, '2F6DB5'));
    expect(parts.documentXml).toMatch(barCell(27, 'E6EBF1'));
    // The best-ranked option fills the whole bar.
    expect(parts.documentXml).toMatch(barCell(50, '2F6DB5'));
    expect(parts.text).toContain('5 (45%)');
  });

  it('prints the version in the header and the footer, with page fields', () => {
    expect(parts.headerXml).toContain('Berita Acara — versi 3');
    expect(parts.footerXml).toContain('Berita Acara — versi 3');
    expect(parts.footerXml).toContain('Halaman ');
    expect(parts.footerXml).toMatch(/PAGE/);
    expect(parts.footerXml).toMatch(/NUMPAGES/);
  });
});

describe(`${renderBeritaAcaraDocx.name} in English, unsigned`, () => {
  it('uses English and embeds only the photo', async () => {
    const model = beritaAcaraFixture({ language: 'en' });
    const parts = await docxParts(await renderBeritaAcaraDocx({ ...model, signatories: model.signatories.map((s) => ({ ...s, signature: null })) }));
    expect(parts.text).toContain('A. Legal Basis');
    expect(parts.text).toContain('Attendees: 12 people.');
    // The head of unit is asked for a signature in ink; the public representative has not signed in the app.
    expect(parts.text.match(/\(not signed yet\)/g)).toHaveLength(1);
    expect(parts.text).toContain('(signature in ink)');
    expect(parts.footerXml).toContain('Berita Acara — version 3');
    expect(parts.footerXml).toContain('Page ');
    expect(parts.media).toHaveLength(1);
  });
});
