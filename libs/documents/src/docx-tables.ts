import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { BarDatum, TableBlock } from './document-blocks';

/** A4 width minus two 2 cm margins, in twips: every table is laid out on this width. */
export const DOCX_CONTENT_WIDTH = 9638;
/** Bars are drawn on this many equal grid columns, so every row of a chart shares one grid (2 % steps). */
const BAR_STEPS = 50;
const BAR_COLOR = '2F6DB5';
const BAR_TRACK = 'E6EBF1';
const HEADER_FILL = 'E8EEF4';
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '9AA5B1' } as const;
const GRID_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

interface CellOptions {
  bold?: boolean;
  align?: 'left' | 'right';
  fill?: string;
  span?: number;
  /** No side margins: a bar's grid column is narrower than the usual padding. */
  flush?: boolean;
  /** Keeps this row on the page of the next one (Word has no "keep the table together" switch). */
  keepNext?: boolean;
}

export function textCell(text: string, options: CellOptions = {}): TableCell {
  const side = options.flush ? 0 : 80;
  return new TableCell({
    columnSpan: options.span,
    shading: options.fill ? { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: side, right: side },
    // Line breaks in the neutral text become paragraphs: a run cannot hold "\n".
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          keepNext: options.keepNext,
          children: [new TextRun({ text: line, bold: options.bold })],
        }),
    ),
  });
}

/**
 * A fixed-layout table on the content width, `shares` being the column widths relative to each other. Widths are
 * given in twips because Google Docs and Pages ignore percentage widths.
 */
export function gridTable(shares: number[], rows: TableRow[], bordered = true): Table {
  const total = shares.reduce((a, b) => a + b, 0);
  return new Table({
    rows,
    layout: TableLayoutType.FIXED,
    width: { size: DOCX_CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: shares.map((s) => Math.round((DOCX_CONTENT_WIDTH * s) / total)),
    borders: bordered ? GRID_BORDERS : TableBorders.NONE,
  });
}

export function keyValueTable(rows: Array<[string, string]>): Table {
  const keep = (i: number): boolean => i < rows.length - 1;
  return gridTable(
    [35, 65],
    rows.map(
      ([key, value], i) =>
        new TableRow({ cantSplit: true, children: [textCell(key, { bold: true, keepNext: keep(i) }), textCell(value, { keepNext: keep(i) })] }),
    ),
  );
}

/**
 * A data table whose header row repeats on every page it runs onto (`w:tblHeader`), whose rows never split, and whose
 * header keeps to its first row; a `keepTogether` table keeps every row with the next, so it moves down whole.
 */
export function dataTable(block: TableBlock): Table {
  const align = (i: number): 'left' | 'right' => block.columns[i]?.align ?? 'left';
  const lastIndex = block.rows.length + (block.totals ? 1 : 0);
  const row = (cells: string[], index: number, bold = false): TableRow =>
    new TableRow({
      cantSplit: true,
      children: cells.map((text, i) => textCell(text, { bold, align: align(i), keepNext: (block.keepTogether ?? false) && index < lastIndex })),
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => textCell(c.header, { bold: true, fill: HEADER_FILL, align: align(i), keepNext: true })),
  });
  const rows = [header, ...block.rows.map((cells, i) => row(cells, i + 1))];
  if (block.totals) rows.push(row(block.totals, lastIndex, true));
  return gridTable(
    block.columns.map((c) => c.weight),
    rows,
  );
}

/**
 * A bar chart as a table, since not every word processor draws DOCX charts: label | `BAR_STEPS` narrow grid
 * columns, the first ones shaded in proportion to the value, the rest a light track | value.
 */
export function barTable(bars: BarDatum[]): Table {
  const rows = bars.map((bar) => {
    const filled = Math.round(bar.fraction * BAR_STEPS);
    const cells = [textCell(bar.label)];
    if (filled > 0) cells.push(textCell('', { fill: BAR_COLOR, span: filled, flush: true }));
    if (filled < BAR_STEPS) cells.push(textCell('', { fill: BAR_TRACK, span: BAR_STEPS - filled, flush: true }));
    cells.push(textCell(bar.valueText, { align: 'right' }));
    return new TableRow({ cantSplit: true, children: cells });
  });
  const step = 45 / BAR_STEPS;
  return gridTable([40, ...Array.from({ length: BAR_STEPS }, () => step), 15], rows, false);
}
