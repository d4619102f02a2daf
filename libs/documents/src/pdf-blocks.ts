import type { Content, StyleDictionary } from 'pdfmake/interfaces';
import type { DocumentBlock, ImageBlock, LetterheadBlock } from './document-blocks';
import type { PdfImages } from './pdf-images';
import { pdfBars, pdfKeyValue, pdfSignatures, pdfTable } from './pdf-tables';

const PHOTO_BOX: [number, number] = [320, 220];
const LOGO_BOX: [number, number] = [64, 64];
/** A4 width minus the page margins, in points. */
const CONTENT_WIDTH = 595.28 - 2 * 56;
const LETTERHEAD_SIZE = { large: 14, normal: 12, small: 9 } as const;

/** A fresh dictionary per document, because pdfmake may normalise what it is given in place. */
export const pdfStyles = (): StyleDictionary => ({
  title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 11, alignment: 'center', margin: [0, 0, 0, 14] },
  heading: { fontSize: 12, bold: true, margin: [0, 14, 0, 6] },
  subheading: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 4] },
  strong: { bold: true, margin: [0, 4, 0, 2] },
  note: { italics: true, color: '#555555', margin: [0, 0, 0, 4] },
  normal: { margin: [0, 0, 0, 4] },
  tableHeader: { bold: true, fillColor: '#e8eef4' },
  caption: { italics: true, fontSize: 9, alignment: 'center', margin: [0, 2, 0, 10] },
  small: { fontSize: 8.5, color: '#555555' },
});

export function pdfContent(blocks: DocumentBlock[], images: PdfImages): Content[] {
  return blocks.map((block) => pdfBlock(block, images));
}

function pdfBlock(block: DocumentBlock, images: PdfImages): Content {
  switch (block.kind) {
    case 'title':
      return {
        stack: [
          { text: block.text, style: 'title' },
          { text: block.subtitle, style: 'subtitle' },
        ],
      };
    case 'heading':
      return block.pageBreakBefore
        ? { text: block.text, style: 'heading', headlineLevel: 1, pageBreak: 'before' }
        : { text: block.text, style: 'heading', headlineLevel: 1 };
    case 'subheading':
      return { text: block.text, style: 'subheading', headlineLevel: 2 };
    case 'paragraph':
      return block.align ? { text: block.text, style: block.tone ?? 'normal', alignment: block.align } : { text: block.text, style: block.tone ?? 'normal' };
    case 'letterhead':
      return pdfLetterhead(block, images);
    case 'list':
      // pdfmake rewrites list items in place; a copy keeps the shared strings (legal basis) untouched.
      return block.ordered ? { ol: [...block.items], margin: [0, 0, 0, 6] } : { ul: [...block.items], margin: [0, 0, 0, 6] };
    case 'keyValue':
      return pdfKeyValue(block.rows);
    case 'table':
      return pdfTable(block);
    case 'bars':
      return pdfBars(block.bars);
    case 'image':
      return pdfImage(block, images);
    case 'signatures':
      return pdfSignatures(block.blocks, images, block.centred ?? false);
  }
}

function pdfImage(block: ImageBlock, images: PdfImages): Content {
  const image: Content = { image: images.add(`image/${block.info.format}`, block.data), fit: [...PHOTO_BOX], alignment: 'center' };
  const caption: Content = block.caption ? { text: block.caption, style: 'caption' } : { text: '', margin: [0, 0, 0, 10] };
  return { stack: [image, caption], unbreakable: true };
}

/** Logo on the left, the centred lines beside it, a double rule under both. */
function pdfLetterhead(block: LetterheadBlock, images: PdfImages): Content {
  const lines: Content[] = block.lines.map((line) => ({
    text: line.text,
    fontSize: LETTERHEAD_SIZE[line.size],
    bold: line.bold ?? false,
    alignment: 'center',
  }));
  const logo: Content = block.logo ? { image: images.add(`image/${block.logo.info.format}`, block.logo.data), fit: [...LOGO_BOX] } : { text: '' };
  return {
    stack: [
      {
        columns: [
          { stack: [logo], width: LOGO_BOX[0] },
          { stack: lines, width: '*' },
          { text: '', width: LOGO_BOX[0] },
        ],
        columnGap: 8,
      },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 4, x2: CONTENT_WIDTH, y2: 4, lineWidth: 2 },
          { type: 'line', x1: 0, y1: 7, x2: CONTENT_WIDTH, y2: 7, lineWidth: 0.5 },
        ],
        margin: [0, 0, 0, 12],
      },
    ],
    unbreakable: true,
  };
}
