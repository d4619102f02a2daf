import type { DocumentVersionView, RepresentativeView } from '@mufakat/contracts';
import type { DocumentVersion, Representative } from '@mufakat/persistence';

export function toDocumentView(row: DocumentVersion): DocumentVersionView {
  return {
    id: row.id,
    version: row.version,
    language: row.language,
    status: row.status,
    progress: row.progress,
    sha256: { ...(row.pdfSha256 ? { pdf: row.pdfSha256 } : {}), ...(row.docxSha256 ? { docx: row.docxSha256 } : {}) },
    sizes: { ...(row.pdfSize ? { pdf: row.pdfSize } : {}), ...(row.docxSize ? { docx: row.docxSize } : {}) },
    missingSignatures: row.missingSignatures,
    signedCount: row.signedCount,
    error: row.error,
    requestedAt: row.requestedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    documentNumber: row.documentNumber,
    final: row.final,
    publicCode: row.publicCode,
  };
}

export function toRepresentativeView(rep: Representative, signedVersion: number | null): RepresentativeView {
  return {
    id: rep.id,
    participantId: rep.participantId,
    name: rep.participant?.name ?? '',
    institution: rep.participant?.institution ?? '',
    category: rep.participant?.category ?? 'other',
    side: rep.side,
    roleTitle: rep.roleTitle,
    signedVersion,
  };
}
