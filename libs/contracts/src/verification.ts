import type { DocumentFormat, DocumentLanguage, SignatorySide } from './documents';

/**
 * A document version's public short code: ten characters of Crockford's base32 (no I, L, O, U), 50 random bits,
 * printed with a QR code on every page of an issued version.
 */
export const PUBLIC_CODE_LENGTH = 10;
export const PUBLIC_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Upper case, without spaces or dashes; null when it cannot be a code. */
export function normalizePublicCode(raw: string): string | null {
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  return code.length === PUBLIC_CODE_LENGTH && [...code].every((c) => PUBLIC_CODE_ALPHABET.includes(c)) ? code : null;
}

/** A lower-case hex SHA-256, or null. */
export function normalizeSha256(raw: string): string | null {
  const hash = raw.trim().toLowerCase();
  return /^[0-9a-f]{64}$/.test(hash) ? hash : null;
}

/** Who signed an issued version, and when (ISO 8601). */
export interface PublicSignatory {
  name: string;
  roleTitle: string;
  institution: string;
  side: SignatorySide;
  signedAt: string;
}

/**
 * What anyone may see of a document version, without logging in. A draft (not issued) shows only that it is a
 * draft: its content is not public.
 */
export type PublicVersionView =
  | {
      issued: true;
      code: string;
      /** The forum's id: its public follow-up page is `webPaths.publicForum(forumId)`. */
      forumId?: string;
      forum: { title: string; unitName: string; venue: string; startsAt: string };
      documentNumber: string | null;
      version: number;
      language: DocumentLanguage;
      /** IANA zone the document prints its dates in; the page shows them in it too. */
      timeZone: string;
      /** When the issued version was generated. */
      issuedAt: string;
      /** Hex SHA-256 of the stored files. */
      sha256: Partial<Record<DocumentFormat, string>>;
      sizes: Partial<Record<DocumentFormat, number>>;
      signatories: PublicSignatory[];
    }
  | { issued: false; code: string; version: number };

/** The answer to "was this file issued here?": the issued version whose PDF or DOCX has this SHA-256. */
export interface VerifyHashResult {
  sha256: string;
  format: DocumentFormat;
  version: Extract<PublicVersionView, { issued: true }>;
}
