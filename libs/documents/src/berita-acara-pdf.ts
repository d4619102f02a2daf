import pdfMake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { beritaAcaraBlocks } from './berita-acara-blocks';
import type { BeritaAcaraModel } from './berita-acara-model';
import { documentStrings } from './berita-acara-strings';
import { pdfContent, pdfStyles } from './pdf-blocks';
import { PdfImages } from './pdf-images';
import { isPdfFontFile, PDF_FONT, pdfFonts } from './pdf-fonts';

const MARGIN = 56;

/** The Berita Acara as an A4 PDF in the model's language, with the version and page numbers on every page. */
export async function renderBeritaAcaraPdf(model: BeritaAcaraModel): Promise<Buffer> {
  const t = documentStrings(model.language ?? 'id');
  const images = new PdfImages();
  const content = pdfContent(beritaAcaraBlocks(model), images);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN + 6],
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
    footer: (currentPage, pageCount): Content => ({
      columns: [
        { text: t.versionLabel(model.version) },
        {
          text: t.pageOf.replace('{page}', String(currentPage)).replace('{pages}', String(pageCount)),
          alignment: 'right',
        },
      ],
      fontSize: 8,
      color: '#555555',
      margin: [MARGIN, 24, MARGIN, 0],
    }),
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
