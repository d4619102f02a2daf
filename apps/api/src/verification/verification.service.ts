import { Inject, Injectable } from '@nestjs/common';
import { normalizePublicCode, normalizeSha256, type DocumentFormat, type PublicVersionView, type VerifyHashResult } from '@mufakat/contracts';
import { documentFilePath } from '@mufakat/minutes';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { VerificationRepository, type VersionWithForum } from './verification.repository';

type IssuedView = Extract<PublicVersionView, { issued: true }>;

/**
 * What anyone may check without logging in: an issued (final, generated) version by its short code or by a file's
 * hash. A draft's code says only that it is a draft; a version still generating is not issued yet.
 */
@Injectable()
export class VerificationService {
  constructor(
    @Inject(VerificationRepository) private readonly versions: VerificationRepository,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async byCode(rawCode: string): Promise<PublicVersionView> {
    const row = await this.find(rawCode);
    if (!isIssued(row)) return { issued: false, code: row.publicCode as string, version: row.version };
    return this.issuedView(row);
  }

  async byHash(rawHash: string): Promise<VerifyHashResult> {
    const sha256 = normalizeSha256(rawHash);
    if (!sha256) throw new DomainError('VALIDATION_FAILED', 'A SHA-256 is 64 hexadecimal characters');
    const found = await this.versions.issuedByHash(sha256);
    if (!found) throw new DomainError('NOT_FOUND', 'No document with this SHA-256 was issued here');
    return { sha256, format: found.format, version: await this.issuedView(found.row) };
  }

  /** An issued version's file, for anyone holding its code. */
  async file(rawCode: string, format: DocumentFormat): Promise<{ path: string; sha256: string; name: string }> {
    const row = await this.find(rawCode);
    const sha256 = format === 'pdf' ? row.pdfSha256 : row.docxSha256;
    if (!isIssued(row) || !sha256) throw new DomainError('NOT_FOUND', 'This version was not issued');
    return {
      path: documentFilePath(this.config.documents.dir, row.forumId, row.version, format),
      sha256,
      name: `berita-acara-v${row.version}.${format}`,
    };
  }

  private async find(rawCode: string): Promise<VersionWithForum> {
    const code = normalizePublicCode(rawCode);
    const row = code ? await this.versions.byCode(code) : null;
    if (!row) throw new DomainError('NOT_FOUND', 'No document version has this code');
    return row;
  }

  private async issuedView(row: VersionWithForum): Promise<IssuedView> {
    const signed = row.contentFingerprint ? await this.versions.signatures(row.forumId, row.contentFingerprint) : [];
    return {
      issued: true,
      code: row.publicCode as string,
      forumId: row.forumId,
      forum: { title: row.forum.title, unitName: row.forum.unitName, venue: row.forum.venue, startsAt: row.forum.startsAt.toISOString() },
      documentNumber: row.documentNumber,
      version: row.version,
      language: row.language,
      timeZone: this.config.documents.timeZone,
      issuedAt: (row.completedAt ?? row.requestedAt).toISOString(),
      sha256: { ...(row.pdfSha256 ? { pdf: row.pdfSha256 } : {}), ...(row.docxSha256 ? { docx: row.docxSha256 } : {}) },
      sizes: { ...(row.pdfSize ? { pdf: row.pdfSize } : {}), ...(row.docxSize ? { docx: row.docxSize } : {}) },
      signatories: signed.map(({ representative, signedAt }) => ({
        name: representative.participant?.name ?? '',
        institution: representative.participant?.institution ?? '',
        roleTitle: representative.roleTitle,
        side: representative.side,
        signedAt: signedAt.toISOString(),
      })),
    };
  }
}

function isIssued(row: VersionWithForum): boolean {
  return row.final && row.status === 'ready';
}
