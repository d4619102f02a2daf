import type { BeritaAcaraModel, DocumentLanguage } from './berita-acara-model';
import { documentStrings, type DocumentStrings } from './berita-acara-strings';
import { documentFormatter, type DocumentFormatter } from './format';

/** What every section builder reads: the model, its language's strings and its zone's formatting. */
export interface SectionContext {
  model: BeritaAcaraModel;
  t: DocumentStrings;
  f: DocumentFormatter;
}

/** `language` overrides the model's, for exports asked for in another language than the document. */
export function sectionContext(model: BeritaAcaraModel, language: DocumentLanguage = model.language ?? 'id'): SectionContext {
  const t = documentStrings(language);
  return { model, t, f: documentFormatter(t.locale, model.timeZone) };
}
