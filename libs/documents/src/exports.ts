import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';

export type ExportCell = string | number | null;

export interface ExportColumn {
  key: string;
  header: string;
  /** Spreadsheet column width in characters; measured from the content when absent. */
  width?: number;
}

/** One sheet of plain rows, localized headers included; CSV and XLSX are both made from it. */
export interface ExportTable {
  /** Sheet name (XLSX) and a base for file names. */
  name: string;
  columns: ExportColumn[];
  rows: Array<Record<string, ExportCell>>;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/**
 * CSV with a header row, UTF-8 with a byte order mark (Excel otherwise reads it as ANSI and garbles names) and
 * CRLF line ends. Text that a spreadsheet would run as a formula is prefixed with an apostrophe, because
 * question texts and names come from the public. The separator is the user's spreadsheet's: Excel set up for
 * Indonesia splits on semicolons and reads a comma-separated file as one column.
 */
export function toCsv(table: ExportTable, delimiter: ',' | ';' = ','): Buffer {
  const header = table.columns.map((c) => c.header);
  const body = table.rows.map((row) => table.columns.map((c) => csvCell(row[c.key] ?? null)));
  return Buffer.from(stringify([header, ...body], { bom: true, record_delimiter: 'windows', delimiter }), 'utf8');
}

function csvCell(value: ExportCell): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One worksheet per table, with a bold, frozen header row and columns sized to their content. */
export async function toXlsx(tables: ExportTable[]): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Mufakat';
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? measure(table, c) }));
    for (const row of table.rows) {
      sheet.addRow(Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? null])));
    }
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => {
      // Columns cut at the maximum width wrap instead of spilling over their neighbours.
      if ((column.width ?? 0) >= MAX_WIDTH) column.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function measure(table: ExportTable, column: ExportColumn): number {
  const longest = table.rows.reduce(
    (max, row) =>
      Math.max(
        max,
        ...String(row[column.key] ?? '')
          .split('\n')
          .map((line) => line.length),
      ),
    column.header.length,
  );
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique regardless of case. */
function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}
