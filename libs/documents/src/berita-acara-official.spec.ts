import type { BeritaAcaraModel } from './berita-acara-model';
import { renderBeritaAcaraDocx } from './berita-acara-docx';
import { renderBeritaAcaraPdf } from './berita-acara-pdf';
import { docxParts, pdfPageCount, pdfPageText, pdfText, squash } from './test-extract';
import { beritaAcaraFixture } from './test-fixtures';
import { signaturePng } from './test-png';

const OPENING_ID =
  'Pada hari ini Selasa tanggal dua puluh sembilan bulan Oktober tahun dua ribu dua puluh empat, pukul 09.00 WIB, ' +
  'bertempat di Pendopo Si Panji, Purwokerto, telah dilaksanakan Forum Konsultasi Publik';
const CLOSING_ID = 'Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.';

/** The Banyumas social-service forum of 29 October 2024: only public-side representatives named in the app. */
function banyumas(overrides: Partial<BeritaAcaraModel> = {}): BeritaAcaraModel {
  const base = beritaAcaraFixture();
  return beritaAcaraFixture({
    timeZone: 'Asia/Jakarta',
    forum: {
      ...base.forum,
      title: 'Forum Konsultasi Publik Standar Pelayanan Dinas Sosial 2024',
      unitName: 'Dinas Sosial Kabupaten Banyumas',
      venue: 'Pendopo Si Panji',
      startsAt: '2024-10-29T02:00:00.000Z',
    },
    official: {
      number: '000.5/12/Dinsos/2024',
      letterhead: {
        unitName: 'Dinas Sosial',
        parentBody: 'Pemerintah Kabupaten Banyumas',
        address: 'Jl. Pemuda No. 31, Purwokerto 53116',
        // Any PNG will do; a different one from the photo, since Word files store identical images once.
        logo: { mime: 'image/png', data: signaturePng() },
      },
      city: 'Purwokerto',
      head: { name: 'Dra. Sri Wahyuni, M.M.', position: 'Kepala Dinas Sosial', nip: '19680512 199303 2 004' },
      acknowledger: { name: 'Ir. Bambang Setiawan', position: 'Asisten Pemerintahan dan Kesra', nip: '19650101 199001 1 002' },
    },
    signatories: base.signatories.filter((s) => s.side === 'public'),
    ...overrides,
  });
}

/** Ninety attendees: the appendix runs over several pages. */
function crowded(): BeritaAcaraModel {
  const model = banyumas();
  const list = Array.from({ length: 90 }, (_, i) => ({ ...model.attendance.list[i % model.attendance.list.length], name: `Peserta Nomor ${i + 1}` }));
  return { ...model, attendance: { ...model.attendance, list } };
}

describe('the Berita Acara in its official form (PDF)', () => {
  let text: string;

  beforeAll(async () => {
    text = squash(pdfText(await renderBeritaAcaraPdf(banyumas())));
  });

  it('prints the letterhead, the number and the opening with the date in words', () => {
    expect(text).toContain('PEMERINTAH KABUPATEN BANYUMAS');
    expect(text).toContain('DINAS SOSIAL');
    expect(text).toContain('Jl. Pemuda No. 31, Purwokerto 53116');
    expect(text).toContain('Nomor: 000.5/12/Dinsos/2024');
    expect(text).toContain(OPENING_ID);
    expect(text.indexOf('Nomor: 000.5/12/Dinsos/2024')).toBeLessThan(text.indexOf('Pada hari ini'));
  });

  it('closes with the standard sentence, the city and the date', () => {
    expect(text).toContain(CLOSING_ID);
    expect(text).toContain('Purwokerto, 29 Oktober 2024');
    expect(text).not.toContain('Pendopo Si Panji, 29 Oktober 2024');
  });

  it("signs for both sides: the head of unit (a line for ink) and the public's representatives, then Mengetahui", () => {
    expect(text).toContain('Pihak penyelenggara pelayanan');
    expect(text).toContain('Kepala Dinas Sosial');
    expect(text).toContain('Dra. Sri Wahyuni, M.M.');
    expect(text).toContain('NIP. 19680512 199303 2 004');
    expect(text).toContain('(tanda tangan basah)');
    expect(text).toContain('Perwakilan masyarakat');
    expect(text).toContain('Ni Luh Putu Ayu Déwi');
    expect(text).toContain('Mengetahui,');
    expect(text).toContain('Ir. Bambang Setiawan');
    expect(text).toContain('NIP. 19650101 199001 1 002');
    expect(text.indexOf('Dra. Sri Wahyuni')).toBeLessThan(text.indexOf('Mengetahui,'));
  });

  it('records questions per category, the rejected and withdrawn counts, and who took the floor', () => {
    expect(text).toContain('Jumlah pertanyaan/masukan yang diajukan: 8; tidak ditayangkan (ditolak moderator): 2; ditarik kembali oleh penanya: 1.');
    expect(text).toMatch(/Pengguna layanan 6 1 1/);
    expect(text).toContain('Peserta yang menyampaikan pendapat secara lisan');
    expect(text).toMatch(/Dr\. Yakobus Nahak, M\.Si\. Akademisi\/pakar Daring 6/);
    // Texts of hidden questions only when the organiser chose to print them.
    expect(text).not.toContain('Pertanyaan/masukan yang ditolak atau ditarik');
  });

  it('prints the hidden texts when the organiser chose to', async () => {
    const model = banyumas({
      questionRecord: { ...banyumas().questionRecord, hidden: [{ text: 'Iklan pinjaman online murah', status: 'rejected', category: 'media' }] },
    });
    const flat = squash(pdfText(await renderBeritaAcaraPdf(model)));
    expect(flat).toContain('Pertanyaan/masukan yang ditolak atau ditarik');
    expect(flat).toMatch(/Iklan pinjaman online murah Media Ditolak/);
  });

  it('marks a draft and leaves a line for name and NIP when the unit names no head and nobody signs for the provider', async () => {
    const base = banyumas();
    const draft = banyumas({ official: { ...base.official, number: null, head: null, acknowledger: null } });
    const flat = squash(pdfText(await renderBeritaAcaraPdf(draft)));
    expect(flat).toContain('Nomor: (diberikan saat final)');
    expect(flat).toContain('Pihak penyelenggara pelayanan');
    expect(flat).toContain('(.........................................)');
    expect(flat).toContain('NIP. .............................');
    expect(flat).not.toContain('Mengetahui');
  });

  it('writes the opening and the closing in English', async () => {
    const flat = squash(pdfText(await renderBeritaAcaraPdf(banyumas({ language: 'en' }))));
    expect(flat).toContain('Number: 000.5/12/Dinsos/2024');
    expect(flat).toContain(
      'On this day, Tuesday the twenty-ninth of October in the year two thousand twenty-four, at 09:00 GMT+7, at Pendopo Si Panji, Purwokerto, Dinas Sosial held',
    );
    expect(flat).toContain('These minutes were drawn up truthfully, to be used as appropriate.');
    expect(flat).toContain('Purwokerto, 29 October 2024');
    expect(flat).toContain('Acknowledged by,');
    expect(flat).toContain('(signature in ink)');
  });

  it('repeats a long table’s header row on every page it runs onto, and keeps the IKM with its grade', async () => {
    const pdf = await renderBeritaAcaraPdf(crowded());
    const pages = Array.from({ length: pdfPageCount(pdf) }, (_, i) => pdfPageText(pdf, i + 1));
    const withAttendees = pages.filter((page) => /Peserta Nomor \d+/.test(page));
    expect(withAttendees.length).toBeGreaterThanOrEqual(2);
    for (const page of withAttendees) expect(page).toMatch(/No\.\s+Nama\s+Instansi\/organisasi/);
    expect(withAttendees[withAttendees.length - 1]).toContain('Peserta Nomor 90');
    const gradePage = pages.find((page) => page.includes('Mutu pelayanan'));
    expect(gradePage).toContain('Indeks Kepuasan Masyarakat');
    expect(gradePage).toContain('Nilai IKM konversi (skala 25–100)');
  });
});

describe('the Berita Acara in its official form (DOCX)', () => {
  it('says the same, with repeating header rows and rows that do not split', async () => {
    const parts = await docxParts(await renderBeritaAcaraDocx(crowded()));
    const flat = squash(parts.text);
    expect(flat).toContain('Nomor: 000.5/12/Dinsos/2024');
    expect(flat).toContain(OPENING_ID);
    expect(flat).toContain(CLOSING_ID);
    expect(flat).toContain('Purwokerto, 29 Oktober 2024');
    expect(flat).toContain('Dra. Sri Wahyuni, M.M. NIP. 19680512 199303 2 004 (tanda tangan basah)');
    expect(flat).toContain('Mengetahui,');
    expect(flat).toContain('PEMERINTAH KABUPATEN BANYUMAS');
    expect(parts.documentXml).toContain('<w:tblHeader/>');
    expect(parts.documentXml).toContain('<w:cantSplit/>');
    expect(parts.documentXml).toContain('<w:keepNext/>');
    // The logo and the photo.
    expect(parts.media).toHaveLength(2);
  });
});
