import type { BeritaAcaraModel } from './berita-acara-model';
import type { DocumentBlock } from './document-blocks';
import { sectionContext, type SectionContext } from './section-context';
import { appendixBlocks, photoBlocks, signatureBlocks } from './sections-closing';
import { agendaBlocks, attendanceBlocks, discussionBlocks, legalBasisBlocks, titleBlocks } from './sections-forum';
import { consensusBlocks, pollBlocks, surveyBlocks } from './sections-outcomes';

type Section = [heading: (ctx: SectionContext) => string, build: (ctx: SectionContext) => DocumentBlock[]];

/** The numbered sections, in the order the Berita Acara prints them. */
const SECTIONS: Section[] = [
  [({ t }) => t.sections.legalBasis, legalBasisBlocks],
  [({ t }) => t.sections.attendance, attendanceBlocks],
  [({ t }) => t.sections.agenda, agendaBlocks],
  [({ t }) => t.sections.discussion, discussionBlocks],
  [({ t }) => t.sections.polls, pollBlocks],
  [({ t }) => t.sections.consensus, consensusBlocks],
  [({ t }) => t.sections.survey, surveyBlocks],
  [({ t }) => t.sections.photos, photoBlocks],
  [({ t }) => t.sections.signatures, signatureBlocks],
];

/** The whole Berita Acara as layout-neutral blocks, translated and formatted for the model's language and zone. */
export function beritaAcaraBlocks(model: BeritaAcaraModel): DocumentBlock[] {
  const ctx = sectionContext(model);
  return [
    ...titleBlocks(ctx),
    ...SECTIONS.flatMap(([heading, build], i): DocumentBlock[] => [
      { kind: 'heading', text: `${String.fromCharCode(65 + i)}. ${heading(ctx)}` },
      ...build(ctx),
    ]),
    ...appendixBlocks(ctx),
  ];
}
