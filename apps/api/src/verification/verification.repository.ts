import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DocumentVersion, Representative, Signature } from '@mufakat/persistence';
import { DataSource, In } from 'typeorm';

export type VersionWithForum = DocumentVersion & { forum: NonNullable<DocumentVersion['forum']> };

/** The public reads of document versions: by short code, by a file's hash, and who signed. */
@Injectable()
export class VerificationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  byCode(code: string): Promise<VersionWithForum | null> {
    return this.db.getRepository(DocumentVersion).findOne({ where: { publicCode: code }, relations: { forum: true } }) as Promise<VersionWithForum | null>;
  }

  /** The issued (final, generated) version whose PDF or DOCX has this hash; the hash columns are indexed. */
  async issuedByHash(sha256: string): Promise<{ row: VersionWithForum; format: 'pdf' | 'docx' } | null> {
    const row = (await this.db.getRepository(DocumentVersion).findOne({
      where: [
        { pdfSha256: sha256, final: true, status: 'ready' },
        { docxSha256: sha256, final: true, status: 'ready' },
      ],
      relations: { forum: true },
      order: { requestedAt: 'ASC' },
    })) as VersionWithForum | null;
    if (!row) return null;
    return { row, format: row.pdfSha256 === sha256 ? 'pdf' : 'docx' };
  }

  /** The forum's representatives who signed this content, each with their first signature on it. */
  async signatures(forumId: string, fingerprint: string): Promise<Array<{ representative: Representative; signedAt: Date }>> {
    const representatives = await this.db.getRepository(Representative).find({ where: { forumId }, relations: { participant: true } });
    if (representatives.length === 0) return [];
    const signatures = await this.db.getRepository(Signature).find({
      select: { representativeId: true, signedAt: true },
      where: { representativeId: In(representatives.map((r) => r.id)), contentFingerprint: fingerprint },
      order: { signedAt: 'ASC' },
    });
    const first = new Map<string, Date>();
    for (const signature of signatures) if (!first.has(signature.representativeId)) first.set(signature.representativeId, signature.signedAt);
    return representatives.filter((r) => first.has(r.id)).map((representative) => ({ representative, signedAt: first.get(representative.id) as Date }));
  }
}
