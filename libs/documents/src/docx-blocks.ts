import { AlignmentType, BorderStyle, HeadingLevel, ImageRun, Paragraph, Table, TableCell, TableRow, TabStopType, TextRun, VerticalAlign } from 'docx';
import type { DocumentBlock, ImageBlock, LetterheadBlock } from './document-blocks';
import { signatureTable } from './docx-signatures';
import { barTable, dataTable, gridTable, keyValueTable } from './docx-tables';
import { fitInto } from './image-size';

/** Largest photo, in pixels (96 per inch). */
const PHOTO_BOX = { width: 430, height: 300 };
const LIST_INDENT = 400;
const LOGO_BOX = { width: 80, height: 80 };
/** Half-points. */
const LETTERHEAD_SIZE = { large: 28, normal: 24, small: 18 } as const;
const ALIGN = { center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

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
      return [new Paragraph({ spacing: { after: 80 }, alignment: block.align ? ALIGN[block.align] : undefined, children: [run] })];
    }
    case 'letterhead':
      return letterhead(block);
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
      return [signatureTable(block.blocks, block.centred ?? false), spacer()];
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

/** Logo | centred lines | a blank cell as wide as the logo, then a paragraph ruled off with a thick-thin line. */
function letterhead(block: LetterheadBlock): Array<Paragraph | Table> {
  const lines = block.lines.map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: line.text, bold: line.bold ?? false, size: LETTERHEAD_SIZE[line.size] })],
      }),
  );
  const logo = block.logo
    ? [
        new Paragraph({
          children: [
            new ImageRun({
              type: block.logo.info.format === 'png' ? 'png' : 'jpg',
              data: block.logo.data,
              transformation: fitInto(block.logo.info, LOGO_BOX.width, LOGO_BOX.height),
            }),
          ],
        }),
      ]
    : [new Paragraph({})];
  const row = new TableRow({
    cantSplit: true,
    children: [
      new TableCell({ verticalAlign: VerticalAlign.CENTER, children: logo }),
      new TableCell({ verticalAlign: VerticalAlign.CENTER, children: lines }),
      new TableCell({ children: [new Paragraph({})] }),
    ],
  });
  const rule = new Paragraph({
    spacing: { after: 200 },
    border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: '000000', space: 1 } },
    children: [],
  });
  return [gridTable([14, 72, 14], [row], false), rule];
}
