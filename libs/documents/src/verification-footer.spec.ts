import { renderBeritaAcaraDocx } from './berita-acara-docx';
import { renderBeritaAcaraPdf } from './berita-acara-pdf';
import { docxParts, pdfText } from './test-extract';
import { beritaAcaraFixture } from './test-fixtures';

jest.setTimeout(30_000);

const URL = 'https://fkp.example.go.id/v/ABCDE12345';

describe('the footer of an issued version', () => {
  it('prints the public link on every PDF page of an issued version, and nothing of it on a draft', async () => {
    const model = beritaAcaraFixture();
    const pages = pdfText(await renderBeritaAcaraPdf({ ...model, verification: { url: URL } }))
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      expect(page).toContain(URL);
      expect(page).toContain('Periksa keaslian dokumen ini di');
      expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`);
    });
    expect(pdfText(await renderBeritaAcaraPdf(model))).not.toContain('/v/');
  });

  it('puts the link and its QR code in the DOCX footer, in English too', async () => {
    const model = beritaAcaraFixture({ language: 'en' });
    const parts = await docxParts(await renderBeritaAcaraDocx({ ...model, verification: { url: URL } }));
    expect(parts.footerXml).toContain(URL);
    expect(parts.footerXml).toContain('Check this document at');
    expect(parts.footerXml).toMatch(/<pic:pic/);
    const draft = await docxParts(await renderBeritaAcaraDocx(model));
    expect(draft.footerXml).not.toContain('/v/');
  });
});
