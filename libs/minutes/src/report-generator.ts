import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DocumentFormat } from '@mufakat/contracts';
import { renderFkpReportDocx, renderFkpReportPdf, type FkpReportModel } from '@mufakat/documents';
import { DocumentVersion, FkpReport } from '@mufakat/persistence';
import type { DataSource } from 'typeorm';
import { attachPhotos, loadBeritaAcara } from './berita-acara-loader';
import type { GenerateHooks, GenerateOutcome, MinutesSettings } from './minutes-generator';
import type { FkpReportJobData } from './report-job';

/** Where one report's files are kept, beside the forum's Berita Acara versions. */
export function reportFilePath(documentsDir: string, forumId: string, reportId: string, format: DocumentFormat): string {
  return join(documentsDir, forumId, `laporan-fkp-${reportId}.${format}`);
}

/**
 * Writes one FKP implementation report: the forum's record as the Berita Acara's loader reads it, and the newest
 * final Berita Acara (number, hashes). Plain class like the minutes generator, used by the worker's processor and by
 * the embedded mode's in-process runner. Idempotent per report: a retry rewrites the same files, a ready one is left.
 */
export class FkpReportGenerator {
  constructor(
    private readonly db: DataSource,
    private readonly settings: MinutesSettings,
  ) {}

  async generate(job: FkpReportJobData, hooks: GenerateHooks): Promise<GenerateOutcome> {
    const repo = this.db.getRepository(FkpReport);
    const row = await repo.findOneByOrFail({ id: job.reportId, forumId: job.forumId });
    if (row.status === 'ready') return 'already-ready';
    const progress = async (value: number, patch: Partial<FkpReport> = {}) => {
      await repo.update({ id: row.id }, { ...patch, progress: value });
      // The row holds the truth; telling the queue is best effort (Redis may blip), and must not undo a ready row.
      await (async () => hooks.onProgress?.(value))().catch(() => undefined);
    };
    try {
      await progress(5, { status: 'running', error: null });
      const report = await this.load(job, row);
      await progress(30);
      const pdf = await renderFkpReportPdf(report);
      await progress(65);
      const docx = await renderFkpReportDocx(report);
      await progress(90);
      await store(reportFilePath(this.settings.documentsDir, job.forumId, row.id, 'pdf'), pdf);
      await store(reportFilePath(this.settings.documentsDir, job.forumId, row.id, 'docx'), docx);
      await progress(100, {
        status: 'ready',
        beritaAcaraVersion: report.beritaAcara?.version ?? null,
        beritaAcaraNumber: report.beritaAcara?.number ?? null,
        pdfSha256: sha256(pdf),
        docxSha256: sha256(docx),
        pdfSize: pdf.length,
        docxSize: docx.length,
        completedAt: new Date(),
      });
      return 'generated';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A retry follows unless this was the last attempt: the report stays queued until then.
      await progress(0, hooks.finalAttempt ? { status: 'failed', error: message.slice(0, 1000) } : { status: 'queued', error: message.slice(0, 1000) });
      throw error;
    }
  }

  /** The record and the final Berita Acara, read as one consistent moment. */
  private load(job: FkpReportJobData, row: FkpReport): Promise<FkpReportModel> {
    return this.db.transaction('REPEATABLE READ', async (manager): Promise<FkpReportModel> => {
      const final = await manager.findOne(DocumentVersion, { where: { forumId: job.forumId, final: true, status: 'ready' }, order: { version: 'DESC' } });
      const record = await loadBeritaAcara(manager, job.forumId, {
        language: row.language,
        version: final?.version ?? 0,
        timeZone: this.settings.timeZone,
        number: final?.documentNumber ?? null,
      });
      await attachPhotos(manager, job.forumId, record, this.settings.documentsDir);
      return {
        record,
        beritaAcara: final
          ? {
              number: final.documentNumber,
              version: final.version,
              issuedAt: (final.completedAt ?? final.requestedAt).toISOString(),
              pdfSha256: final.pdfSha256,
              docxSha256: final.docxSha256,
            }
          : null,
      };
    });
  }
}

/** Written beside the target and renamed, so a reader never sees half a file. */
async function store(path: string, data: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(`${path}.partial`, data);
  await rename(`${path}.partial`, path);
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
