import type { CanvasElement, Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { BarDatum, SignatureBlock, TableBlock } from './document-blocks';
import type { PdfImages } from './pdf-images';

/** Width of a bar at 100 %, in points; the bar column of the chart table is this wide. */
const BAR_WIDTH = 190;
const BAR_HEIGHT = 9;
const BAR_COLOR = '#2f6db5';
const BAR_TRACK = '#e6ebf1';
const SIGNATURE_BOX: [number, number] = [150, 55];

const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#9aa5b1',
  vLineColor: () => '#9aa5b1',
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

export function pdfKeyValue(rows: Array<[string, string]>): Content {
  return {
    table: { widths: ['35%', '*'], dontBreakRows: true, body: rows.map(([key, value]) => [{ text: key, bold: true }, { text: value }]) },
    layout: GRID_LAYOUT,
    // A few lines that read as one statement (the IKM and its grade): never half on one page.
    unbreakable: rows.length <= 12,
    margin: [0, 0, 0, 8],
  };
}

export function pdfTable(block: TableBlock): Content {
  const total = block.columns.reduce((sum, c) => sum + c.weight, 0);
  const align = (i: number): 'left' | 'right' => block.columns[i]?.align ?? 'left';
  const row = (cells: string[], bold = false): TableCell[] => cells.map((text, i) => ({ text, bold, alignment: align(i) }));
  const header = block.columns.map((c, i): TableCell => ({ text: c.header, style: 'tableHeader', alignment: align(i) }));
  const body = [header, ...block.rows.map((cells) => row(cells))];
  if (block.totals) body.push(row(block.totals, true));
  return {
    table: {
      headerRows: 1,
      // A header row alone at the foot of a page moves down with the first data row.
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: block.columns.map((c) => `${((100 * c.weight) / total).toFixed(2)}%`),
      body,
    },
    layout: GRID_LAYOUT,
    fontSize: 9,
    unbreakable: block.keepTogether ?? false,
    margin: [0, 0, 0, 8],
  };
}

/** A horizontal bar chart: one table row per bar, the bar drawn as canvas rectangles over a light track. */
export function pdfBars(bars: BarDatum[]): Content {
  // pdfmake cannot lay out a table without rows.
  if (bars.length === 0) return { text: '' };
  const rect = (width: number, color: string): CanvasElement => ({ type: 'rect', x: 0, y: 2, w: width, h: BAR_HEIGHT, color });
  const bar = (fraction: number): Content => ({
    canvas: [rect(BAR_WIDTH, BAR_TRACK), ...(fraction > 0 ? [rect(BAR_WIDTH * fraction, BAR_COLOR)] : [])],
  });
  return {
    table: {
      dontBreakRows: true,
      widths: ['*', BAR_WIDTH, 55],
      body: bars.map((b) => [{ text: b.label }, bar(b.fraction), { text: b.valueText, alignment: 'right' }]),
    },
    layout: 'noBorders',
    // A chart split over two pages reads as two charts.
    unbreakable: true,
    margin: [0, 2, 0, 8],
  };
}

/**
 * Two signature blocks per row (one, centred, for "Mengetahui"); an unsigned block keeps an empty line to sign on
 * paper. The blocks stay on one page with each other.
 */
export function pdfSignatures(blocks: SignatureBlock[], images: PdfImages, centred = false): Content {
  if (blocks.length === 0) return { text: '' };
  const cells = blocks.map((b): TableCell => {
    if (b.empty) return { text: '' };
    const stack: Content[] = [
      { text: b.sideLabel, style: 'small' },
      { text: b.roleTitle, bold: true },
      { text: b.institution },
      signatureLine(b.signature?.png ?? null, images),
      { text: b.name, bold: true, decoration: 'underline' },
    ];
    if (b.nipLine) stack.push({ text: b.nipLine });
    stack.push(b.signature ? { text: b.signature.caption, style: 'small' } : { text: b.notSignedText, style: 'note' });
    return { stack, margin: [0, 8, 0, 8], alignment: centred ? 'center' : 'left' };
  });
  if (centred) return { table: { widths: ['25%', '50%', '25%'], body: [[{ text: '' }, cells[0], { text: '' }]] }, layout: 'noBorders', unbreakable: true };
  const rows: TableCell[][] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push([cells[i], cells[i + 1] ?? {}]);
  return { table: { widths: ['*', '*'], dontBreakRows: true, body: rows }, layout: 'noBorders', unbreakable: rows.length <= 2, margin: [0, 10, 0, 0] };
}

function signatureLine(png: Buffer | null, images: PdfImages): Content {
  if (png) return { image: images.add('image/png', png), fit: [...SIGNATURE_BOX], margin: [0, 6, 0, 2] };
  const [width, height] = SIGNATURE_BOX;
  return {
    canvas: [{ type: 'line', x1: 0, y1: height - 5, x2: width, y2: height - 5, lineWidth: 0.5, lineColor: '#777777' }],
    margin: [0, 6, 0, 4],
  };
}
