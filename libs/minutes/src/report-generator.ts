import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DocumentFormat, DocumentLanguage } from '@mufakat/contracts';
import { renderFkpReportDocx, renderFkpReportPdf, type FkpReportModel } from '@mufakat/documents';
import { DocumentVersion } from '@mufakat/persistence';
import type { DataSource } from 'typeorm';
import { attachPhotos, loadBeritaAcara } from './berita-acara-loader';
import type { MinutesSettings } from './minutes-generator';

export interface GeneratedReport {
  language: DocumentLanguage;
  files: Record<DocumentFormat, { path: string; sha256: string; size: number }>;
  /** The final Berita Acara version the report names, or null when none was final. */
  beritaAcaraVersion: number | null;
}

/** Where a forum's report in one language is kept: beside its Berita Acara versions, rewritten on each generation. */
export function reportFilePath(documentsDir: string, forumId: string, language: DocumentLanguage, format: DocumentFormat): string {
  return join(documentsDir, forumId, `laporan-fkp-${language}.${format}`);
}

/**
 * Writes the FKP implementation report of a forum: its record as the Berita Acara's loader reads it, and the newest
 * final Berita Acara (number, hashes). Plain class like the minutes generator, so a worker or the embedded runner
 * can call it.
 */
export class FkpReportGenerator {
  constructor(
    private readonly db: DataSource,
    private readonly settings: MinutesSettings,
  ) {}

  async generate(forumId: string, language: DocumentLanguage): Promise<GeneratedReport> {
    const report = await this.db.transaction('REPEATABLE READ', async (manager): Promise<FkpReportModel> => {
      const final = await manager.findOne(DocumentVersion, { where: { forumId, final: true, status: 'ready' }, order: { version: 'DESC' } });
      const record = await loadBeritaAcara(manager, forumId, {
        language,
        version: final?.version ?? 0,
        timeZone: this.settings.timeZone,
        number: final?.documentNumber ?? null,
      });
      await attachPhotos(manager, forumId, record, this.settings.documentsDir);
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
    const rendered: Record<DocumentFormat, Buffer> = { pdf: await renderFkpReportPdf(report), docx: await renderFkpReportDocx(report) };
    const files = {} as GeneratedReport['files'];
    for (const format of ['pdf', 'docx'] as const) {
      const path = reportFilePath(this.settings.documentsDir, forumId, language, format);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(`${path}.partial`, rendered[format]);
      await rename(`${path}.partial`, path);
      files[format] = { path, sha256: createHash('sha256').update(rendered[format]).digest('hex'), size: rendered[format].length };
    }
    return { language, files, beritaAcaraVersion: report.beritaAcara?.version ?? null };
  }
}
