import { AlignmentType, Document, Footer, Header, ImageRun, type IStylesOptions, Packer, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import { toBuffer as qrPng } from 'qrcode';
import { beritaAcaraBlocks } from './berita-acara-blocks';
import type { BeritaAcaraModel } from './berita-acara-model';
import { documentStrings, type DocumentStrings } from './berita-acara-strings';
import { docxContent } from './docx-blocks';
import { DOCX_CONTENT_WIDTH } from './docx-tables';

/** A4 in twips, with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const SMALL = { size: 16, color: '555555' };

const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: 'Calibri', size: 21 }, paragraph: { spacing: { line: 264 } } },
    heading1: {
      run: { font: 'Calibri', size: 24, bold: true, color: '000000' },
      paragraph: { spacing: { before: 280, after: 120 } },
    },
    heading2: {
      run: { font: 'Calibri', size: 21, bold: true, color: '000000' },
      paragraph: { spacing: { before: 160, after: 80 } },
    },
  },
};

/** The Berita Acara as a Word document in the model's language; the version is in the header and the footer. */
export async function renderBeritaAcaraDocx(model: BeritaAcaraModel): Promise<Buffer> {
  const t = documentStrings(model.language ?? 'id');
  const { margin } = PAGE;
  const header = new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [new TextRun({ text: `${t.versionLabel(model.version)} · ${model.forum.title}`, ...SMALL })],
  });
  const document = new Document({
    title: `${t.documentName}: ${model.forum.title}`,
    subject: t.title,
    creator: 'Mufakat',
    description: t.versionLabel(model.version),
    styles: STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        headers: { default: new Header({ children: [header] }) },
        footers: { default: new Footer({ children: [footerParagraph(t, model.version), ...(await verificationParagraphs(t, model.verification))] }) },
        children: docxContent(beritaAcaraBlocks(model)),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** "Berita Acara — versi N" on the left, "Halaman X dari Y" on the right, the numbers as Word page fields. */
function footerParagraph(t: DocumentStrings, version: number): Paragraph {
  const pageRuns = t.pageOf
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '{page}') return new TextRun({ children: [PageNumber.CURRENT], ...SMALL });
      if (part === '{pages}') return new TextRun({ children: [PageNumber.TOTAL_PAGES], ...SMALL });
      return new TextRun({ text: part, ...SMALL });
    });
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: DOCX_CONTENT_WIDTH }],
    children: [new TextRun({ text: `${t.versionLabel(version)}\t`, ...SMALL }), ...pageRuns],
  });
}

/** An issued version's public address under the footer line, with its QR code. */
async function verificationParagraphs(t: DocumentStrings, verification: BeritaAcaraModel['verification']): Promise<Paragraph[]> {
  if (!verification) return [];
  const qr = await qrPng(verification.url, { type: 'png', margin: 1, width: 160, errorCorrectionLevel: 'M' });
  return [
    new Paragraph({
      children: [
        new ImageRun({ type: 'png', data: qr, transformation: { width: 56, height: 56 } }),
        new TextRun({ text: `  ${t.verifyAt} `, ...SMALL }),
        new TextRun({ text: verification.url, ...SMALL }),
      ],
    }),
  ];
}
