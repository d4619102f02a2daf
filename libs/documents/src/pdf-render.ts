import pdfMake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { isPdfFontFile, pdfFonts } from './pdf-fonts';

/**
 * Renders a document definition made of `pdfContent` blocks: every document keeps a heading with what follows it,
 * and pdfmake's shared instance is set up the same way each time.
 */
export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  const withBreaks: TDocumentDefinitions = {
    ...definition,
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
  return pdfMake.createPdf(withBreaks).getBuffer();
}
