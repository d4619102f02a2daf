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
  /** The version's public short code (`webPaths.publicVersion`); its page shows it in full once it is issued. */
  publicCode: string | null;
}

export interface GenerateDocumentRequest {
  language?: DocumentLanguage;
}

/** An attendee the organiser names to sign the Berita Acara. */
export interface RepresentativeView {
  id: string;
  participantId: string;
  name: string;
  institution: string;
  category: StakeholderCategory;
  side: SignatorySide;
  roleTitle: string;
  /** The latest version this person signed, if any. */
  signedVersion: number | null;
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
  /** Whether this person has signed that version. */
  signed: boolean;
}

export interface SignDocumentRequest {
  documentId: string;
  /** data:image/png;base64,… of the drawn signature. */
  signaturePng: string;
}
