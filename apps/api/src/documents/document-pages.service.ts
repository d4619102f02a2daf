import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { Inject, Injectable } from '@nestjs/common';
import type { DocumentPagesView } from '@mufakat/contracts';
import { documentFilePath } from '@mufakat/minutes';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { DocumentVersionsRepository } from './document-versions.repository';
import { SigningRepository } from './signing.repository';

const run = promisify(execFile);
/** Twice a 390 px phone's width: sharp on a 2x screen, ~100 KB a page. */
const PAGE_WIDTH = 780;

/**
 * The pages of a ready version, rendered from its very PDF (poppler's pdftoppm) so what a representative reads is
 * exactly what they sign. Rendered once per version and kept beside the file; a version never changes once ready.
 */
@Injectable()
export class DocumentPagesService {
  private readonly rendering = new Map<string, Promise<string[]>>();

  constructor(
    @Inject(DocumentVersionsRepository) private readonly documents: DocumentVersionsRepository,
    @Inject(SigningRepository) private readonly signing: SigningRepository,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async pages(forumId: string, participantId: string, documentId: string): Promise<DocumentPagesView> {
    const { version, files } = await this.readable(forumId, participantId, documentId);
    return { documentId, version, pages: files.length };
  }

  async page(forumId: string, participantId: string, documentId: string, page: number): Promise<Buffer> {
    const { files, dir } = await this.readable(forumId, participantId, documentId);
    const file = files[page - 1];
    if (!file) throw new DomainError('NOT_FOUND', 'No such page');
    return readFile(`${dir}/${file}`);
  }

  /** Only a representative of the forum, only a ready version of it. */
  private async readable(forumId: string, participantId: string, documentId: string): Promise<{ version: number; files: string[]; dir: string }> {
    if (!(await this.signing.representativeOf(forumId, participantId))) throw new DomainError('FORBIDDEN', 'Only a representative can read the document here');
    const row = await this.documents.find(forumId, documentId);
    if (!row || row.status !== 'ready') throw new DomainError('NOT_FOUND', 'Document not found');
    const pdf = documentFilePath(this.config.documents.dir, forumId, row.version, 'pdf');
    const dir = `${pdf}.pages`;
    let pending = this.rendering.get(dir);
    if (!pending) {
      pending = this.render(pdf, dir).finally(() => this.rendering.delete(dir));
      this.rendering.set(dir, pending);
    }
    return { version: row.version, files: await pending, dir };
  }

  /** Rendered beside the target and renamed, so a reader never sees half the pages. */
  private async render(pdf: string, dir: string): Promise<string[]> {
    const existing = await list(dir);
    if (existing) return existing;
    const partial = `${dir}.partial`;
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true });
    await run('pdftoppm', ['-png', '-scale-to-x', String(PAGE_WIDTH), '-scale-to-y', '-1', pdf, `${partial}/page`], { timeout: 60_000 });
    await rename(partial, dir);
    return (await list(dir)) ?? [];
  }
}

/** The page files in page order (pdftoppm pads the numbers), or null when not rendered yet. */
async function list(dir: string): Promise<string[] | null> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.png')).sort();
  } catch {
    return null;
  }
}
