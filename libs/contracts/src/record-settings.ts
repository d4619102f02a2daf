/**
 * The Berita Acara's official form, set by the organiser: the unit's letterhead, how its documents are numbered, who
 * signs for the provider and who acknowledges. Stored on the forum's unit, so the next forum of the unit starts with them.
 */
export interface RecordSettings {
  /** "Dinas Sosial": the letterhead's main line and the `{unit}` of the opening. */
  unitName: string;
  /** Short code put in the number by `{unit}` ("Dinsos"). */
  unitCode: string;
  /** "Pemerintah Kabupaten Banyumas". */
  parentBody: string | null;
  address: string | null;
  /** Printed before the signing date ("Purwokerto, 29 Oktober 2024"). */
  city: string | null;
  /** e.g. `000.5/{n}/{unit}/{year}`; `{n}` is required, `{unit}`, `{year}` and `{month}` (I–XII) optional. */
  numberPattern: string | null;
  headName: string | null;
  headPosition: string | null;
  /** NIP: 18 digits, spaces allowed ("19680512 199303 2 004"). */
  headNip: string | null;
  /** "Mengetahui": optional acknowledging official. */
  acknowledgerName: string | null;
  acknowledgerPosition: string | null;
  acknowledgerNip: string | null;
  /** Print the texts of rejected and withdrawn questions (their counts are always printed). */
  showHiddenQuestionTexts: boolean;
}

export interface RecordSettingsView extends RecordSettings {
  /** Null until saved for this forum; then the unit the forum's documents are issued by. */
  unitId: string | null;
  /** The values came from the organiser's last forum and are not saved for this one yet. */
  suggested: boolean;
  hasLogo: boolean;
}

export const RECORD_SETTINGS_LIMITS = {
  unitName: 200,
  unitCode: 40,
  parentBody: 200,
  address: 300,
  city: 100,
  numberPattern: 120,
  personName: 120,
  position: 160,
  logoBytes: 1024 * 1024,
} as const;

export const NUMBER_PATTERN_PLACEHOLDERS = ['{n}', '{unit}', '{year}', '{month}'] as const;

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Whether a pattern has `{n}` and no placeholder it does not know; the client and the server share the rule. */
export function isValidNumberPattern(pattern: string): boolean {
  if (!pattern.includes('{n}')) return false;
  const placeholders = pattern.match(/\{[^}]*\}/g) ?? [];
  return placeholders.every((p) => (NUMBER_PATTERN_PLACEHOLDERS as readonly string[]).includes(p)) && !/[{}]/.test(pattern.replace(/\{[^}]*\}/g, ''));
}

/** "000.5/12/Dinsos/2024" from `000.5/{n}/{unit}/{year}`. */
export function formatDocumentNumber(pattern: string, values: { n: number; unitCode: string; year: number; month: number }): string {
  return pattern
    .replaceAll('{n}', String(values.n))
    .replaceAll('{unit}', values.unitCode)
    .replaceAll('{year}', String(values.year))
    .replaceAll('{month}', ROMAN_MONTHS[values.month - 1] ?? String(values.month));
}

/** A NIP has 18 digits; people write it grouped with spaces. */
export const NIP_PATTERN = /^(?:\d\s?){17}\d$/;
