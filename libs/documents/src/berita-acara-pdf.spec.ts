import type { BeritaAcaraModel } from './berita-acara-model';
import { renderBeritaAcaraPdf } from './berita-acara-pdf';
import { pdfFirstPagePng, pdfFontList, pdfImageCount, pdfText, squash } from './test-extract';
import { beritaAcaraFixture } from './test-fixtures';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe(renderBeritaAcaraPdf.name, () => {
  let model: BeritaAcaraModel;
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    model = beritaAcaraFixture();
    pdf = await renderBeritaAcaraPdf(model);
    text = pdfText(pdf);
  });

  it('is a PDF with the title and the forum header, dated in the forum time zone', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(text).toContain('BERITA ACARA FORUM KONSULTASI PUBLIK');
    expect(text).toContain('Dinas Kependudukan dan Pencatatan Sipil Kota Kupang');
    // 01:00 UTC is 09.00 in Kupang (Asia/Makassar, UTC+8).
    expect(text).toContain('Senin, 24 November 2025, 09.00 WITA');
    expect(text).toContain('Hibrida (luring dan daring)');
    expect(text).toContain('https://www.youtube.com/live/fkp-dukcapil-kupang');
  });

  it('prints the sections in order, the appendix last', () => {
    const headings = [
      'A. Dasar Hukum',
      'B. Kehadiran',
      'C. Agenda',
      'D. Ringkasan Diskusi',
      'E. Hasil Jajak Pendapat',
      'F. Kesepakatan',
      'G. Hasil Survei Kepuasan Masyarakat',
      'H. Dokumentasi',
      'I. Pengesahan',
      'Lampiran: Daftar Hadir',
    ];
    const positions = headings.map((h) => text.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(squash(text)).toContain('Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik');
    expect(squash(text)).toContain('Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat');
  });

  it('prints the consensus texts, their signals and the follow-up table', () => {
    const flat = squash(text);
    for (const item of model.consensus) {
      expect(flat).toContain(`Kesepakatan ${item.number}: ${item.text}`);
      expect(flat).toContain(item.followUp.action);
    }
    expect(flat).toContain('Setuju: 9; tidak setuju: 1; abstain: 2.');
    expect(flat).toContain('5 Januari 2026');
    expect(flat).toContain('3 bulan');
    expect(flat).toContain('Dalam proses');
  });

  it('prints the attendance count and every attendee in the appendix', () => {
    expect(text).toContain('Jumlah peserta yang hadir: 12 orang.');
    expect(text).toContain('Hadir di ruangan: 8 orang; hadir secara daring: 4 orang.');
    const appendix = text.slice(text.indexOf('Lampiran: Daftar Hadir'));
    for (const attendee of model.attendance.list) expect(appendix).toContain(attendee.name);
  });

  it('prints questions with their upvotes and answer status, and poll results', () => {
    const flat = squash(text);
    expect(flat).toContain('Penanya: Anonim');
    expect(flat).toMatch(/Bagaimana layanan untuk warga difabel\s.*?11 Belum/);
    expect(flat).toContain('5 (45%)');
    expect(flat).toContain('Status pencetakan dikirim lewat WhatsApp');
  });

  it('prints the IKM, its converted value and its grade', () => {
    const survey = model.survey;
    if (!survey) throw new Error('fixture has a survey');
    const converted = survey.converted.toFixed(2).replace('.', ',');
    expect(text).toMatch(new RegExp(`Nilai IKM konversi \\(skala 25–100\\)\\s+${converted}`));
    expect(text).toContain(`${survey.grade} (Baik)`);
    expect(text).toContain('U8 Penanganan Pengaduan, Saran dan');
  });

  it('puts "versi N" and "Halaman x dari y" on every page', () => {
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      expect(page).toContain(`Berita Acara — versi ${model.version}`);
      expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`);
    });
  });

  it('signs the signed signatory, reports the other as not signed, provider first', () => {
    expect(text.match(/\(belum ditandatangani\)/g)).toHaveLength(1);
    expect(text).toContain('Ditandatangani 24 Nov 2025');
    expect(text.indexOf('Pihak penyelenggara pelayanan')).toBeLessThan(text.indexOf('Perwakilan masyarakat'));
  });

  it('embeds the Roboto font and the signature and photo images', () => {
    expect(pdfFontList(pdf)).toMatch(/Roboto-Regular\s+CID TrueType/);
    expect(text).toContain('Ni Luh Putu Ayu Déwi');
    expect(pdfImageCount(pdf)).toBe(2);
  });

  it('renders a first page that rasterises to a PNG', () => {
    const png = pdfFirstPagePng(pdf);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.length).toBeGreaterThan(5_000);
    // A4 at 50 dpi is 413 × 585 pixels.
    expect(Math.abs(png.readUInt32BE(16) - 413)).toBeLessThanOrEqual(1);
    expect(Math.abs(png.readUInt32BE(20) - 585)).toBeLessThanOrEqual(1);
  });

  it('leaves the model as it was', async () => {
    const before = JSON.stringify(model);
    await renderBeritaAcaraPdf(model);
    expect(JSON.stringify(model)).toBe(before);
  });
});

describe(`${renderBeritaAcaraPdf.name} in English`, () => {
  let text: string;

  beforeAll(async () => {
    text = pdfText(await renderBeritaAcaraPdf(beritaAcaraFixture({ language: 'en' })));
  });

  it('uses English headings, labels and dates', () => {
    for (const heading of ['A. Legal Basis', 'B. Attendance', 'F. Agreements', 'I. Signatures', 'Appendix: Attendance List']) {
      expect(text).toContain(heading);
    }
    expect(text).not.toContain('Dasar Hukum');
    expect(text).toContain('Attendees: 12 people.');
    expect(text).toContain('Monday, 24 November 2025');
    expect(text).toContain('B (Good)');
    expect(text).toContain('(not signed yet)');
    expect(text).toContain('Berita Acara — version 3');
    expect(text).toMatch(/Page 1 of \d/);
  });
});

describe(`${renderBeritaAcaraPdf.name} for a forum with little recorded`, () => {
  it('says so instead of printing empty sections', async () => {
    const model = beritaAcaraFixture({ survey: null, polls: [], consensus: [], discussion: [], photos: [] });
    const pdf = await renderBeritaAcaraPdf(model);
    const text = squash(pdfText(pdf));
    expect(text).toContain('Tidak ada survei kepuasan masyarakat yang diisi dalam forum ini.');
    expect(text).toContain('Forum tidak menghasilkan kesepakatan.');
    expect(text).toContain('Tidak ada jajak pendapat dalam forum ini.');
    expect(text).toContain('Tidak ada foto dokumentasi.');
    expect(pdfImageCount(pdf)).toBe(1);
  });

  it('leaves out unreadable images instead of failing the document', async () => {
    const base = beritaAcaraFixture();
    const broken = Buffer.from('not an image at all');
    const pdf = await renderBeritaAcaraPdf({
      ...base,
      photos: [{ mime: 'image/jpeg', data: broken, caption: 'rusak' }],
      signatories: base.signatories.map((s) => (s.signature ? { ...s, signature: { ...s.signature, png: broken } } : s)),
    });
    const text = pdfText(pdf);
    expect(text).toContain('Tidak ada foto dokumentasi.');
    expect(text).toContain('Ditandatangani 24 Nov 2025');
    expect(pdfImageCount(pdf)).toBe(0);
  });
});

describe(`${renderBeritaAcaraPdf.name} output`, () => {
  it('is the same bytes for the same model, so a version checksum is stable', async () => {
    const model = beritaAcaraFixture();
    const [first, second] = [await renderBeritaAcaraPdf(model), await renderBeritaAcaraPdf(model)];
    expect(first.equals(second)).toBe(true);
  });

  it('renders a forum with nothing recorded yet: no attendees, questions, polls, items, survey or signatories', async () => {
    const empty = beritaAcaraFixture({
      attendance: { total: 0, byMode: { room: 0, online: 0 }, byCategory: [], list: [] },
      agenda: [],
      discussion: [],
      polls: [],
      consensus: [],
      survey: null,
      signatories: [],
      photos: [],
    });
    const text = squash(pdfText(await renderBeritaAcaraPdf(empty)));
    expect(text).toContain('BERITA ACARA');
    expect(text).toContain('versi');
  });
});
