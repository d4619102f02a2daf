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
    contentFingerprint: row.contentFingerprint,
    revision: row.revision,
    publicCode: row.publicCode,
  };
}

/**
 * A staff signatory is named as the head of unit of the record settings when there is one, as the document names
 * them; `versions` (any order) give the newest ready version whose content the signatures are on.
 */
export function toRepresentativeView(
  rep: Representative,
  signedFingerprints: string[],
  versions: DocumentVersion[] = [],
  headName: string | null = null,
): RepresentativeView {
  const signed = versions.filter((v) => v.status === 'ready' && v.contentFingerprint && signedFingerprints.includes(v.contentFingerprint));
  return {
    id: rep.id,
    participantId: rep.participantId,
    staffUserId: rep.staffUserId,
    name: rep.staffUserId ? (headName ?? rep.staffUser?.name ?? '') : (rep.participant?.name ?? ''),
    institution: rep.staffUserId ? '' : (rep.participant?.institution ?? ''),
    category: rep.staffUserId ? 'service_provider' : (rep.participant?.category ?? 'other'),
    side: rep.side,
    roleTitle: rep.roleTitle,
    signedVersion: signed.length ? Math.max(...signed.map((v) => v.version)) : null,
    signedFingerprints,
  };
}
