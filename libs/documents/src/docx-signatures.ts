import { BorderStyle, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { SignatureBlock } from './document-blocks';
import { gridTable } from './docx-tables';
import { fitInto, imageInfo } from './image-size';

/** Largest signature, in pixels (96 per inch). */
const SIGNATURE_BOX = { width: 200, height: 72 };
const GREY = '555555';

/** Two signature blocks per row (one, centred, for "Mengetahui"), without borders; an unsigned block keeps a ruled line. */
export function signatureTable(blocks: SignatureBlock[], centred = false): Table {
  if (centred) {
    const blank = (): TableCell => new TableCell({ children: [new Paragraph({})] });
    return gridTable([25, 50, 25], [new TableRow({ cantSplit: true, children: [blank(), signatureCell(blocks[0]), blank()] })], false);
  }
  const cells = blocks.map(signatureCell);
  const rows: TableRow[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const right = cells[i + 1] ?? new TableCell({ children: [new Paragraph({})] });
    rows.push(new TableRow({ cantSplit: true, children: [cells[i], right] }));
  }
  return gridTable([50, 50], rows, false);
}

function signatureCell(block: SignatureBlock): TableCell {
  if (block.empty) return new TableCell({ children: [new Paragraph({})] });
  const caption = block.signature
    ? new TextRun({ text: block.signature.caption, size: 17, color: GREY })
    : new TextRun({ text: block.notSignedText, italics: true, color: GREY });
  return new TableCell({
    margins: { top: 120, bottom: 120, left: 80, right: 80 },
    children: [
      new Paragraph({ children: [new TextRun({ text: block.sideLabel, size: 17, color: GREY })] }),
      new Paragraph({ children: [new TextRun({ text: block.roleTitle, bold: true })] }),
      new Paragraph({ text: block.institution }),
      signatureLine(block.signature?.png ?? null),
      new Paragraph({ children: [new TextRun({ text: block.name, bold: true, underline: {} })] }),
      ...(block.nipLine ? [new Paragraph({ text: block.nipLine })] : []),
      new Paragraph({ children: [caption] }),
    ],
  });
}

function signatureLine(png: Buffer | null): Paragraph {
  const info = png ? imageInfo(png) : null;
  if (png && info) {
    const transformation = fitInto(info, SIGNATURE_BOX.width, SIGNATURE_BOX.height);
    const image = new ImageRun({ type: 'png', data: png, transformation });
    return new Paragraph({ spacing: { before: 80 }, children: [image] });
  }
  return new Paragraph({
    spacing: { before: 900 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '777777', space: 1 } },
    indent: { right: 1400 },
    children: [],
  });
}
