import type { ImageInfo } from './image-size';

/**
 * A layout-neutral Berita Acara: the sections are built once as these blocks, already translated and formatted,
 * and the PDF and DOCX renderers only draw them, so both files always say the same thing.
 */
export type DocumentBlock =
  | { kind: 'title'; text: string; subtitle: string }
  | { kind: 'heading'; text: string; pageBreakBefore?: boolean }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'strong' | 'note'; align?: 'center' | 'right' | 'justify' }
  | LetterheadBlock
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'keyValue'; rows: Array<[string, string]> }
  | TableBlock
  | { kind: 'bars'; bars: BarDatum[] }
  | ImageBlock
  | { kind: 'signatures'; blocks: SignatureBlock[]; centred?: boolean };

export interface TableBlock {
  kind: 'table';
  /** `weight` is the column's share of the table width. */
  columns: Array<{ header: string; weight: number; align?: 'left' | 'right' }>;
  rows: string[][];
  /** Printed bold under the rows, e.g. the totals. */
  totals?: string[];
  /** A short table that must not be split over two pages (its rows read as one statement). */
  keepTogether?: boolean;
}

/** The kop surat: an optional logo beside the parent body, the unit's name and its address, ruled off below. */
export interface LetterheadBlock {
  kind: 'letterhead';
  logo: { data: Buffer; info: ImageInfo } | null;
  lines: Array<{ text: string; size: 'large' | 'normal' | 'small'; bold?: boolean }>;
}

export interface BarDatum {
  label: string;
  valueText: string;
  /** Bar length as a share of the full bar width, 0–1. */
  fraction: number;
}

export interface ImageBlock {
  kind: 'image';
  data: Buffer;
  /** Format and natural size, read from the image header. */
  info: ImageInfo;
  caption: string | null;
}

export interface SignatureBlock {
  sideLabel: string;
  roleTitle: string;
  institution: string;
  name: string;
  /** "NIP. 19700101 199003 1 001", printed under the name; null prints nothing. */
  nipLine: string | null;
  /**
   * The "signed at" line and the signature image (null when the stored image is unreadable: the person still
   * signed). A null `signature` prints an empty line and `notSignedText`.
   */
  signature: { png: Buffer | null; caption: string } | null;
  notSignedText: string;
  /** A blank cell that keeps the two sides in their columns. */
  empty?: boolean;
}
