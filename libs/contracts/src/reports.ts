import type { DocumentFormat, DocumentLanguage } from './documents';

/** `running` while the worker (or the embedded runner) writes it. */
export const FKP_REPORT_STATUSES = ['queued', 'running', 'ready', 'failed'] as const;
export type FkpReportStatus = (typeof FKP_REPORT_STATUSES)[number];

/** One generation of the FKP implementation report (laporan pelaksanaan), for the unit's oversight. */
export interface FkpReportView {
  id: string;
  language: DocumentLanguage;
  status: FkpReportStatus;
  /** 0–100 while running. */
  progress: number;
  error: string | null;
  /** Hex SHA-256 of each file, once ready. */
  sha256: Partial<Record<DocumentFormat, string>>;
  sizes: Partial<Record<DocumentFormat, number>>;
  /** The final Berita Acara the report names (version and number), once written; null while none was final. */
  beritaAcara: { version: number; number: string | null } | null;
  requestedAt: string;
  completedAt: string | null;
}

export interface GenerateFkpReportRequest {
  language?: DocumentLanguage;
}
