import pdfMake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { beritaAcaraBlocks } from './berita-acara-blocks';
import type { BeritaAcaraModel } from './berita-acara-model';
import { documentStrings } from './berita-acara-strings';
import { pdfContent, pdfStyles } from './pdf-blocks';
import { PdfImages } from './pdf-images';
import { isPdfFontFile, PDF_FONT, pdfFonts } from './pdf-fonts';

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
    // A heading in the last sixth of a page, or with nothing after it there, moves to the next page with its
    // section. The position test is needed because a table that moves down still reports its start on this page.
    pageBreakBefore: (node, queries) =>
      node.headlineLevel !== undefined && (node.startPosition.verticalRatio > 5 / 6 || queries.getFollowingNodesOnPage().length === 0),
  };
  // pdfmake's server API is one shared instance: fonts and access policies are set right before each
  // (synchronous) createPdf call, so another user of the instance cannot leave us with different ones.
  pdfMake.setFonts(pdfFonts());
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy(isPdfFontFile);
  return pdfMake.createPdf(definition).getBuffer();
}
