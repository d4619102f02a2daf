import type { FkpReportView } from '@mufakat/contracts';
import type { FkpReport } from '@mufakat/persistence';

export function toFkpReportView(row: FkpReport): FkpReportView {
  return {
    id: row.id,
    language: row.language,
    status: row.status,
    progress: row.progress,
    error: row.error,
    sha256: { ...(row.pdfSha256 ? { pdf: row.pdfSha256 } : {}), ...(row.docxSha256 ? { docx: row.docxSha256 } : {}) },
    sizes: { ...(row.pdfSize ? { pdf: row.pdfSize } : {}), ...(row.docxSize ? { docx: row.docxSize } : {}) },
    beritaAcara: row.beritaAcaraVersion !== null ? { version: row.beritaAcaraVersion, number: row.beritaAcaraNumber } : null,
    requestedAt: row.requestedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}
