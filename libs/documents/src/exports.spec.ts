import { Workbook } from 'exceljs';
import { attendanceTable, consensusTable, EXPORT_TABLE_BUILDERS, pollResultsTable, questionsTable } from './export-tables';
import { toCsv, toXlsx, type ExportTable } from './exports';
import { beritaAcaraFixture } from './test-fixtures';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** exceljs types its input as an ArrayBuffer; hand it exactly the bytes of the Node buffer. */
async function readXlsx(bytes: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

const sample: ExportTable = {
  name: 'Sample',
  columns: [
    { key: 'name', header: 'Nama' },
    { key: 'note', header: 'Catatan' },
    { key: 'count', header: 'Jumlah' },
  ],
  rows: [
    { name: 'Ni Luh Putu Ayu Déwi', note: 'Sabtu, pagi', count: 3 },
    { name: 'Yohanes', note: 'Kata "baik"', count: null },
    { name: '=HYPERLINK("http://x")', note: '-1+2', count: -4 },
  ],
};

describe(toCsv.name, () => {
  const csv = toCsv(sample);
  const text = csv.subarray(BOM.length).toString('utf8');
  const lines = text.split('\r\n');

  it('starts with a UTF-8 byte order mark and a header row', () => {
    expect(csv.subarray(0, 3).equals(BOM)).toBe(true);
    expect(lines[0]).toBe('Nama,Catatan,Jumlah');
  });

  it('quotes cells with commas or quotes and keeps UTF-8 names', () => {
    expect(lines[1]).toBe('Ni Luh Putu Ayu Déwi,"Sabtu, pagi",3');
    expect(lines[2]).toBe('Yohanes,"Kata ""baik""",');
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(lines[3]).toBe(`"'=HYPERLINK(""http://x"")",'-1+2,-4`);
  });

  it('separates with semicolons when asked, quoting cells that hold one and still neutralising formulas', () => {
    const table: ExportTable = {
      ...sample,
      rows: [
        { name: 'Budi', note: 'pagi; sore', count: 2 },
        { name: '=HYPERLINK("x")', note: null, count: 1 },
      ],
    };
    const semicolon = toCsv(table, ';').subarray(BOM.length).toString('utf8').split('\r\n');
    expect(semicolon[0]).toBe('Nama;Catatan;Jumlah');
    expect(semicolon[1]).toBe('Budi;"pagi; sore";2');
    expect(semicolon[2]).toBe('"\'=HYPERLINK(""x"")";;1');
  });

  it('quotes a real question that contains a comma', () => {
    const questions = toCsv(questionsTable(beritaAcaraFixture())).toString('utf8');
    expect(questions).toContain('"Apakah layanan bisa dibuka hari Sabtu, khususnya untuk pekerja dan pelajar?"');
  });
});

describe('export tables', () => {
  const model = beritaAcaraFixture();

  it('lists attendees with localized headers and times in the forum zone', () => {
    const table = attendanceTable(model);
    expect(table.name).toBe('Daftar Hadir');
    expect(table.columns.map((c) => c.header)).toEqual(['No.', 'Nama', 'Instansi/organisasi', 'Kategori pemangku kepentingan', 'Kehadiran', 'Waktu bergabung']);
    expect(table.rows).toHaveLength(12);
    expect(table.rows[0]).toMatchObject({
      no: 1,
      name: 'Ni Luh Putu Ayu Déwi',
      category: 'Pengguna layanan',
      mode: 'Di ruangan',
      joinedAt: '2025-11-24 08:40',
    });
    expect(attendanceTable(model, 'en').columns[1].header).toBe('Name');
    expect(attendanceTable(model, 'en').rows[2]).toMatchObject({ mode: 'Online' });
  });

  it('lists questions across agenda items, anonymous ones labelled', () => {
    const table = questionsTable(model);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[1]).toMatchObject({ no: 2, askedBy: 'Anonim', upvotes: 9, answered: 'Ya' });
    expect(table.rows[3]).toMatchObject({ answered: 'Tidak', reply: null });
  });

  it('lists one row per poll bar and per open answer', () => {
    const table = pollResultsTable(model);
    expect(table.rows).toHaveLength(4 + 3 + 3);
    expect(table.rows[0]).toMatchObject({ poll: 1, option: 'Antrean', value: 5, measure: 'jumlah pemilih', respondents: 11 });
    expect(table.rows[4]).toMatchObject({ poll: 2, type: 'Peringkat', option: 'Layanan hari Sabtu', value: 26, measure: 'skor peringkat' });
    expect(table.rows[9]).toMatchObject({ poll: 3, option: 'Petugas datang ke sekolah untuk perekaman pelajar', value: null });
  });

  it('lists agreements with signals and follow-up, the deadline raw so it sorts', () => {
    const table = consensusTable(model, 'en');
    expect(table.name).toBe('Agreements');
    expect(table.rows).toEqual([
      expect.objectContaining({ no: 1, agree: 9, disagree: 1, abstain: 2, deadline: '2026-01-05', status: 'Planned' }),
      expect.objectContaining({ no: 2, action: 'Aplikasi antrean di kecamatan', deadline: '3 bulan', status: 'In progress' }),
    ]);
  });

  it('offers the builders by export kind', () => {
    expect(EXPORT_TABLE_BUILDERS.polls(model, 'en').name).toBe('Polls');
    expect(EXPORT_TABLE_BUILDERS.questions(model).rows).toHaveLength(4);
  });
});

describe(toXlsx.name, () => {
  it('writes one sheet per table with a bold header, sized columns and typed values', async () => {
    const model = beritaAcaraFixture();
    const tables = [attendanceTable(model), questionsTable(model), pollResultsTable(model), consensusTable(model)];
    const workbook = await readXlsx(await toXlsx(tables));

    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Daftar Hadir', 'Pertanyaan', 'Jajak Pendapat', 'Kesepakatan']);
    const attendance = workbook.getWorksheet('Daftar Hadir');
    expect(attendance?.rowCount).toBe(13);
    expect(attendance?.getRow(1).getCell(2).value).toBe('Nama');
    expect(attendance?.getRow(1).getCell(2).font?.bold).toBe(true);
    expect(attendance?.getRow(2).getCell(2).value).toBe('Ni Luh Putu Ayu Déwi');
    expect(attendance?.getColumn(3).width).toBeGreaterThanOrEqual('Yayasan Peduli Difabel NTT'.length);

    const questions = workbook.getWorksheet('Pertanyaan');
    expect(questions?.getRow(2).getCell(5).value).toBe(14);
    expect(workbook.getWorksheet('Kesepakatan')?.getRow(3).getCell(9).value).toBe('3 bulan');
  });

  it('makes sheet names Excel accepts and keeps them unique', async () => {
    const long = { ...sample, name: 'Hasil: jajak pendapat [sesi 1/2] untuk forum panjang' };
    const workbook = await readXlsx(await toXlsx([long, long]));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names[0]).toHaveLength(31);
    expect(names[0]).not.toMatch(/[[\]:*?/\\]/);
    expect(names[1]).toMatch(/\(2\)$/);
    expect(new Set(names).size).toBe(2);
  });
});
