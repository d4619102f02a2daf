import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { renderBeritaAcaraDocx, renderBeritaAcaraPdf } from '@mufakat/documents';
import { DocumentVersion } from '@mufakat/persistence';
import type { DataSource } from 'typeorm';
import { attachPhotos, attachSignatures, contentFingerprint, loadBeritaAcara } from './berita-acara-loader';
import { documentFilePath, publicVersionUrl } from './document-files';
import type { MinutesJobData } from './minutes-job';

export interface MinutesSettings {
  documentsDir: string;
  /** IANA zone the forum's dates are printed in. */
  timeZone: string;
  /** The address the public reaches the app at; an issued version's pages link to its page there. */
  publicUrl?: string;
}

export interface GenerateHooks {
  /** Called after the stored progress moved (0–100). */
  onProgress?: (progress: number) => Promise<void> | void;
  /** Whether a failure now is final (no retry left): then the version is marked failed. */
  finalAttempt: boolean;
}

export type GenerateOutcome = 'generated' | 'already-ready';

/**
 * Writes one Berita Acara version: loads the forum, renders PDF and DOCX, stores the files and their SHA-256.
 * Plain class, used by the BullMQ processor in the worker and by the in-process runner of the embedded mode.
 * Idempotent per version: a retry or a duplicate delivery rewrites the same files, and a ready version is left as is.
 */
export class MinutesGenerator {
  constructor(
    private readonly db: DataSource,
    private readonly settings: MinutesSettings,
  ) {}

  async generate(job: MinutesJobData, hooks: GenerateHooks): Promise<GenerateOutcome> {
    const repo = this.db.getRepository(DocumentVersion);
    const row = await repo.findOneByOrFail({ id: job.documentId, forumId: job.forumId });
    if (row.status === 'ready') return 'already-ready';
    const progress = async (value: number, patch: Partial<DocumentVersion> = {}) => {
      await repo.update({ id: row.id }, { ...patch, progress: value });
      // The row holds the truth; telling the queue is best effort (Redis may blip), and must not undo a ready row.
      await (async () => hooks.onProgress?.(value))().catch(() => undefined);
    };
    try {
      await progress(5, { status: 'generating', error: null });
      const { model, fingerprint, missing } = await this.db.transaction('REPEATABLE READ', async (manager) => {
        const model = await loadBeritaAcara(manager, job.forumId, {
          language: row.language,
          version: row.version,
          timeZone: this.settings.timeZone,
          number: row.documentNumber,
        });
        await attachPhotos(manager, job.forumId, model, this.settings.documentsDir);
        if (row.final && row.publicCode && this.settings.publicUrl) model.verification = { url: publicVersionUrl(this.settings.publicUrl, row.publicCode) };
        const fingerprint = contentFingerprint(model);
        const missing = await attachSignatures(manager, job.forumId, model, fingerprint);
        return { model, fingerprint, missing };
      });
      await progress(25);
      const pdf = await renderBeritaAcaraPdf(model);
      await progress(60);
      const docx = await renderBeritaAcaraDocx(model);
      await progress(85);
      await this.store(documentFilePath(this.settings.documentsDir, job.forumId, row.version, 'pdf'), pdf);
      await this.store(documentFilePath(this.settings.documentsDir, job.forumId, row.version, 'docx'), docx);
      await progress(100, {
        status: 'ready',
        contentFingerprint: fingerprint,
        pdfSha256: sha256(pdf),
        docxSha256: sha256(docx),
        pdfSize: pdf.length,
        docxSize: docx.length,
        missingSignatures: missing,
        signedCount: model.signatories.length - missing.length,
        completedAt: new Date(),
      });
      return 'generated';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A retry follows unless this was the last attempt: the version stays queued until then.
      await progress(0, hooks.finalAttempt ? { status: 'failed', error: message.slice(0, 1000) } : { status: 'queued', error: message.slice(0, 1000) });
      throw error;
    }
  }

  /** Written beside the target and renamed, so a reader never sees half a file. */
  private async store(path: string, data: Buffer): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const partial = `${path}.partial`;
    await writeFile(partial, data);
    await rename(partial, path);
  }
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
