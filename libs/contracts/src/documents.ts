import type { StakeholderCategory } from './domain';

export const DOCUMENT_LANGUAGES = ['id', 'en'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export const DOCUMENT_STATUSES = ['queued', 'generating', 'ready', 'failed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const SIGNATORY_SIDES = ['provider', 'public'] as const;
export type SignatorySide = (typeof SIGNATORY_SIDES)[number];

export const EXPORT_KINDS = ['attendance', 'questions', 'polls', 'consensus'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Excel splits CSV on the list separator of the computer's region: a semicolon in Indonesia, a comma in English ones. */
export const CSV_SEPARATORS = ['semicolon', 'comma'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];
export const CSV_SEPARATOR_CHARS: Record<CsvSeparator, string> = { semicolon: ';', comma: ',' };

/** The separator a spreadsheet in the user's language most likely expects. */
export function defaultCsvSeparator(language: string): CsvSeparator {
  return language.startsWith('en') ? 'comma' : 'semicolon';
}

export const DOCUMENT_LIMITS = {
  roleTitle: 120,
  /** A drawn signature, PNG. */
  signatureBytes: 200 * 1024,
  photoBytes: 5 * 1024 * 1024,
  photos: 12,
  photoCaption: 200,
} as const;

/** One generated Berita Acara: a numbered version of the forum's minutes. */
export interface DocumentVersionView {
  id: string;
  version: number;
  language: DocumentLanguage;
  status: DocumentStatus;
  /** 0–100 while generating. */
  progress: number;
  /** Hex SHA-256 of each file, once ready. */
  sha256: Partial<Record<DocumentFormat, string>>;
  sizes: Partial<Record<DocumentFormat, number>>;
  /** Representatives whose signature this version lacks (their names); empty = fully signed. */
  missingSignatures: string[];
  signedCount: number;
  error: string | null;
  requestedAt: string;
  completedAt: string | null;
  /** The Berita Acara's number: set on a final version (made by finalising), null on a draft. */
  documentNumber: string | null;
  final: boolean;
  /** What the version says, signatures aside: a signature counts for every version with the same fingerprint. */
  contentFingerprint: string | null;
  /** The forum's revision the version belongs to (0 before the final version was first revised). */
  revision: number;
  /** The version's public short code (`webPaths.publicVersion`); its page shows it in full once it is issued. */
  publicCode: string | null;
}

export interface GenerateDocumentRequest {
  language?: DocumentLanguage;
}

/** Someone the organiser names to sign the Berita Acara: an attendee (phone) or a staff member (console). */
export interface RepresentativeView {
  id: string;
  /** Set for an attendee; null for a staff signatory. */
  participantId: string | null;
  /** Set for a staff signatory (the provider's, signing from the console); null for an attendee. */
  staffUserId: string | null;
  name: string;
  institution: string;
  category: StakeholderCategory;
  side: SignatorySide;
  roleTitle: string;
  /** The newest ready version whose content this person's (not voided) signature is on, if any. */
  signedVersion: number | null;
  /** Content fingerprints this person's standing signatures are on: the one rule for who signed what. */
  signedFingerprints: string[];
}

export interface AddStaffSignatoryRequest {
  staffUserId: string;
}

/** Why the final record is opened again: kept in the audit log. */
export interface ReviseDocumentsRequest {
  reason: string;
}

export interface RevisionView {
  revision: number;
  /** Signatures voided (kept as history). */
  voided: number;
}

/** Whether a representative's signature is on a version's content, and whether that version's file shows it. */
export type SignatureStanding = 'unsigned' | 'signed-in-document' | 'signed-not-in-document';

/**
 * One rule, used by the console, the phone and the server: a signature is on a version when it was given on the same
 * content (fingerprint); the file shows it only if it was there when the version was generated.
 */
export function signatureStanding(
  representative: Pick<RepresentativeView, 'name' | 'signedFingerprints'>,
  version: Pick<DocumentVersionView, 'contentFingerprint' | 'missingSignatures' | 'status'>,
): SignatureStanding {
  if (!version.contentFingerprint || !representative.signedFingerprints.includes(version.contentFingerprint)) return 'unsigned';
  return version.missingSignatures.includes(representative.name) ? 'signed-not-in-document' : 'signed-in-document';
}

export interface AddRepresentativeRequest {
  participantId: string;
  side: SignatorySide;
  roleTitle: string;
}

export interface PhotoView {
  id: string;
  caption: string | null;
  mime: 'image/png' | 'image/jpeg';
  size: number;
  uploadedAt: string;
}

/** What a representative sees on the phone: the version to sign. */
export interface SigningTask {
  representativeId: string;
  roleTitle: string;
  side: SignatorySide;
  /** The newest ready version, or null while none is ready. */
  document: { id: string; version: number; sha256Pdf: string } | null;
  /** Whether this person has signed that version's content (on it or on an earlier version saying the same). */
  signed: boolean;
}

/** The signing task of the staff member asking: null when they are not a signatory of the forum. */
export interface StaffSigningView {
  task: SigningTask | null;
}

/** One page of a version, rendered from its PDF for reading on a phone. */
export interface DocumentPagesView {
  documentId: string;
  version: number;
  pages: number;
}

export interface SignDocumentRequest {
  documentId: string;
  /** data:image/png;base64,… of the drawn signature. */
  signaturePng: string;
}
