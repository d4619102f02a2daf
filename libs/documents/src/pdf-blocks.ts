import type { Content, StyleDictionary } from 'pdfmake/interfaces';
import type { DocumentBlock, ImageBlock } from './document-blocks';
import type { PdfImages } from './pdf-images';
import { pdfBars, pdfKeyValue, pdfSignatures, pdfTable } from './pdf-tables';

const PHOTO_BOX: [number, number] = [320, 220];

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
      return { text: block.text, style: block.tone ?? 'normal' };
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
      return pdfSignatures(block.blocks, images);
  }
}

function pdfImage(block: ImageBlock, images: PdfImages): Content {
  const image: Content = { image: images.add(`image/${block.info.format}`, block.data), fit: [...PHOTO_BOX], alignment: 'center' };
  const caption: Content = block.caption ? { text: block.caption, style: 'caption' } : { text: '', margin: [0, 0, 0, 10] };
  return { stack: [image, caption], unbreakable: true };
}
