import { AlignmentType, HeadingLevel, ImageRun, Paragraph, Table, TabStopType, TextRun } from 'docx';
import type { DocumentBlock, ImageBlock } from './document-blocks';
import { signatureTable } from './docx-signatures';
import { barTable, dataTable, keyValueTable } from './docx-tables';
import { fitInto } from './image-size';

/** Largest photo, in pixels (96 per inch). */
const PHOTO_BOX = { width: 430, height: 300 };
const LIST_INDENT = 400;

export function docxContent(blocks: DocumentBlock[]): Array<Paragraph | Table> {
  return blocks.flatMap((block) => docxBlock(block));
}

function docxBlock(block: DocumentBlock): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'title':
      return [centred([new TextRun({ text: block.text, bold: true, size: 30 })]), centred([new TextRun({ text: block.subtitle, size: 22 })], 240)];
    case 'heading':
      return [
        new Paragraph({
          text: block.text,
          heading: HeadingLevel.HEADING_1,
          keepNext: true,
          pageBreakBefore: block.pageBreakBefore,
        }),
      ];
    case 'subheading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2, keepNext: true })];
    case 'paragraph': {
      const note = block.tone === 'note';
      const bold = block.tone === 'strong';
      const run = new TextRun({ text: block.text, bold, italics: note, color: note ? '555555' : undefined });
      return [new Paragraph({ spacing: { after: 80 }, children: [run] })];
    }
    case 'list':
      // Numbers are written out rather than using Word numbering, which would continue across lists.
      return block.items.map(
        (item, i) =>
          new Paragraph({
            indent: { left: LIST_INDENT, hanging: LIST_INDENT },
            tabStops: [{ type: TabStopType.LEFT, position: LIST_INDENT }],
            spacing: { after: 60 },
            children: [new TextRun(`${block.ordered ? `${i + 1}.` : '•'}\t${item}`)],
          }),
      );
    case 'keyValue':
      return [keyValueTable(block.rows), spacer()];
    case 'table':
      return [dataTable(block), spacer()];
    case 'bars':
      return [barTable(block.bars), spacer()];
    case 'image':
      return imageParagraphs(block);
    case 'signatures':
      return [signatureTable(block.blocks)];
  }
}

function centred(children: TextRun[], after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });
}

/** Two tables in a row merge into one in Word; an empty paragraph keeps them, and the next block, apart. */
function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}

function imageParagraphs(block: ImageBlock): Paragraph[] {
  const transformation = fitInto(block.info, PHOTO_BOX.width, PHOTO_BOX.height);
  const image = new ImageRun({ type: block.info.format === 'png' ? 'png' : 'jpg', data: block.data, transformation });
  const caption = block.caption ? [new TextRun({ text: block.caption, italics: true, size: 18 })] : [];
  return [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [image] }), centred(caption, 200)];
}
