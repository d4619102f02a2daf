import { pollBars, scaleBars, surveyBars } from './bar-chart';
import { beritaAcaraBlocks } from './berita-acara-blocks';
import { documentStrings } from './berita-acara-strings';
import { documentFormatter } from './format';
import { fitInto, imageInfo } from './image-size';
import { beritaAcaraFixture } from './test-fixtures';
import { encodePng } from './test-png';

describe(beritaAcaraBlocks.name, () => {
  it('lays out the numbered sections in the required order, then the appendix on a new page', () => {
    const headings = beritaAcaraBlocks(beritaAcaraFixture()).filter((b) => b.kind === 'heading');
    expect(headings.map((h) => h.text)).toEqual([
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
    ]);
    expect(headings.at(-1)).toMatchObject({ pageBreakBefore: true });
  });

  it('states the verified attendance only for a forum that used room check-in', () => {
    const paragraphs = (model: ReturnType<typeof beritaAcaraFixture>) =>
      beritaAcaraBlocks(model)
        .flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
        .filter((text) => text.startsWith('Kehadiran terverifikasi'));
    const model = beritaAcaraFixture();
    expect(paragraphs(model)).toEqual([]);
    expect(paragraphs({ ...model, attendance: { ...model.attendance, verified: 6 } })).toEqual([
      'Kehadiran terverifikasi (check-in di ruangan atau dikonfirmasi panitia): 6 orang.',
    ]);
  });

  it('puts provider signatories first whatever the input order', () => {
    const model = beritaAcaraFixture();
    const blocks = beritaAcaraBlocks({ ...model, signatories: [...model.signatories].reverse() });
    const signatures = blocks.find((b) => b.kind === 'signatures');
    expect(signatures?.kind === 'signatures' && signatures.blocks.map((s) => s.sideLabel)).toEqual(['Pihak penyelenggara pelayanan', 'Perwakilan masyarakat']);
  });
});

describe('bar charts', () => {
  const t = documentStrings('id');
  const f = documentFormatter(t.locale, 'Asia/Jakarta');

  it('draws empty bars when every value is zero', () => {
    expect(scaleBars([{ label: 'a', value: 0, valueText: '0' }], 0)).toEqual([{ label: 'a', valueText: '0', fraction: 0 }]);
  });

  it('scales counts to the respondents and prints their share', () => {
    const poll = beritaAcaraFixture().polls[0];
    expect(pollBars(poll, f)[0]).toEqual({ label: 'Antrean', valueText: '5 (45%)', fraction: 5 / 11 });
  });

  it('scales survey means on the fixed 1–4 scale', () => {
    const survey = beritaAcaraFixture().survey;
    if (!survey) throw new Error('fixture has a survey');
    const bars = surveyBars(
      {
        ...survey,
        elements: [
          { code: 'U4', mean: 3 },
          { code: 'U9', mean: null },
        ],
      },
      t,
      f,
    );
    expect(bars).toEqual([
      { label: 'U4 Biaya/Tarif', valueText: '3,00', fraction: 0.75 },
      { label: 'U9 Sarana dan Prasarana', valueText: '–', fraction: 0 },
    ]);
  });
});

describe(documentFormatter.name, () => {
  it('formats instants in the forum zone and calendar dates without shifting them', () => {
    const wib = documentFormatter('id-ID', 'Asia/Jakarta');
    expect(wib.dateTime('2025-11-24T02:30:00Z')).toBe('Senin, 24 November 2025, 09.30 WIB');
    expect(wib.sortableDateTime('2025-11-24T17:05:00Z')).toBe('2025-11-25 00:05');
    expect(documentFormatter('en-GB', 'America/Los_Angeles').calendarDate('2026-01-05')).toBe('5 January 2026');
    expect(wib.decimal(83.885, 2)).toBe('83,89');
  });
});

describe(imageInfo.name, () => {
  it('reads PNG and JPEG headers and rejects anything else', () => {
    expect(imageInfo(encodePng(7, 3, () => [0, 0, 0, 255]))).toEqual({ format: 'png', width: 7, height: 3 });
    // SOI, an APP0 segment to skip, then SOF0 with height 480 and width 640.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03]);
    expect(imageInfo(jpeg)).toEqual({ format: 'jpeg', width: 640, height: 480 });
    expect(imageInfo(Buffer.from('GIF89a'))).toBeNull();
  });

  it('fits an image into a box keeping its proportions', () => {
    expect(fitInto({ width: 1600, height: 1000 }, 430, 300)).toEqual({ width: 430, height: 269 });
    expect(fitInto({ width: 120, height: 40 }, 200, 72)).toEqual({ width: 200, height: 67 });
  });
});
