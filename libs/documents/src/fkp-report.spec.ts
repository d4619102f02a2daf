import { renderFkpReportDocx, renderFkpReportPdf, type FkpReportModel } from './fkp-report';
import { docxParts, pdfText, squash } from './test-extract';
import { beritaAcaraFixture } from './test-fixtures';

jest.setTimeout(30_000);

const FINAL: FkpReportModel['beritaAcara'] = {
  number: '000.5/7/Dinsos/2026',
  version: 4,
  issuedAt: '2026-12-01T05:00:00.000Z',
  pdfSha256: 'a'.repeat(64),
  docxSha256: 'b'.repeat(64),
};

describe(renderFkpReportPdf.name, () => {
  it('reports the forum in Indonesian, section by section, with the final Berita Acara', async () => {
    const text = squash(pdfText(await renderFkpReportPdf({ record: beritaAcaraFixture(), beritaAcara: FINAL })));
    expect(text).toContain('LAPORAN PELAKSANAAN FORUM KONSULTASI PUBLIK');
    expect(text).toContain('Nomor 16 Tahun 2017 tentang Pedoman Penyelenggaraan Forum Konsultasi Publik');
    const headings = [
      '1. Latar Belakang dan Dasar Hukum',
      '2. Waktu dan Tempat',
      '3. Peserta',
      '4. Jalannya Forum',
      '5. Kesepakatan dan Rencana Tindak Lanjut',
    ];
    headings.push('6. Survei Kepuasan Masyarakat (SKM) dan IKM', '7. Dokumentasi', '8. Berita Acara');
    let at = -1;
    for (const heading of headings) {
      const next = text.indexOf(heading, at + 1);
      expect(next).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain('000.5/7/Dinsos/2026');
    expect(text).toContain('a'.repeat(64));
    expect(text).toContain('Halaman 1 dari');
  });

  it('says when the Berita Acara is not final yet, and speaks English', async () => {
    const text = squash(pdfText(await renderFkpReportPdf({ record: beritaAcaraFixture({ language: 'en' }), beritaAcara: null })));
    expect(text).toContain('PUBLIC CONSULTATION FORUM IMPLEMENTATION REPORT');
    expect(text).toContain('1. Background and Legal Basis');
    expect(text).toContain("The forum's Berita Acara is not final yet.");
  });
});

describe(renderFkpReportDocx.name, () => {
  it('writes the same report as a Word document', async () => {
    const parts = await docxParts(await renderFkpReportDocx({ record: beritaAcaraFixture(), beritaAcara: FINAL }));
    expect(parts.text).toContain('LAPORAN PELAKSANAAN FORUM KONSULTASI PUBLIK');
    expect(parts.text).toContain('8. Berita Acara');
    expect(parts.text).toContain('000.5/7/Dinsos/2026');
    expect(parts.footerXml).toMatch(/NUMPAGES/);
  });
});
