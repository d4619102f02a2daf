export * from './berita-acara-model';
export { renderBeritaAcaraPdf } from './berita-acara-pdf';
export { renderBeritaAcaraDocx } from './berita-acara-docx';
export { beritaAcaraBlocks } from './berita-acara-blocks';
export type * from './document-blocks';
export { documentStrings, type DocumentStrings } from './berita-acara-strings';
export { toCsv, toXlsx, type ExportCell, type ExportColumn, type ExportTable } from './exports';
export { attendanceTable, consensusTable, EXPORT_TABLE_BUILDERS, pollResultsTable, questionsTable, type ExportTableBuilder } from './export-tables';
export { dateInWords, englishNumberWords, englishOrdinalWords, indonesianNumberWords, type DateInWords } from './number-words';
