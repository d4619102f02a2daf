import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { beritaAcaraBlocks } from './berita-acara-blocks';
import type { BeritaAcaraModel } from './berita-acara-model';
import { documentStrings } from './berita-acara-strings';
import { pdfContent, pdfStyles } from './pdf-blocks';
import { PdfImages } from './pdf-images';
import { PDF_FONT } from './pdf-fonts';
import { renderPdf } from './pdf-render';

const MARGIN = 56;
/** The footer's QR code, in points: large enough for a phone camera at arm's length. */
const QR_SIZE = 56;

/** The Berita Acara as an A4 PDF in the model's language, with the version and page numbers on every page. */
export async function renderBeritaAcaraPdf(model: BeritaAcaraModel): Promise<Buffer> {
  const t = documentStrings(model.language ?? 'id');
  const images = new PdfImages();
  const content = pdfContent(beritaAcaraBlocks(model), images);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    // An issued version's footer holds its QR code and public address.
    pageMargins: [MARGIN, MARGIN, MARGIN, model.verification ? MARGIN + QR_SIZE - 20 : MARGIN + 6],
    language: t.locale,
    info: {
      title: `${t.documentName}: ${model.forum.title}`,
      subject: t.title,
      author: model.forum.unitName,
      creator: 'Mufakat',
      // The generation time, not the render time: the same model then gives the same file (and checksum).
      creationDate: new Date(model.generatedAt),
    },
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.15 },
    styles: pdfStyles(),
    images: images.dictionary,
    content,
    footer: (currentPage, pageCount): Content => {
      const page: Content = { text: t.pageOf.replace('{page}', String(currentPage)).replace('{pages}', String(pageCount)), alignment: 'right' };
      const verification = model.verification;
      if (!verification) {
        return { columns: [{ text: t.versionLabel(model.version) }, page], fontSize: 8, color: '#555555', margin: [MARGIN, 24, MARGIN, 0] };
      }
      return {
        columns: [
          { qr: verification.url, fit: QR_SIZE, margin: [0, 0, 8, 0], width: QR_SIZE + 8 },
          { stack: [{ text: t.versionLabel(model.version) }, { text: t.verifyAt }, { text: verification.url, color: '#1a3f6b' }], width: '*' },
          { ...page, width: 'auto' },
        ],
        fontSize: 8,
        color: '#555555',
        margin: [MARGIN, 10, MARGIN, 0],
      };
    },
  };
  return renderPdf(definition);
}
