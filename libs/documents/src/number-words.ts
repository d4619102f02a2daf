import type { DocumentLanguage } from './berita-acara-model';

const ID_UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** A whole number from 0 up to 999 999 999 999 in Indonesian words: 11 → "sebelas", 1000 → "seribu". */
export function indonesianNumberWords(n: number): string {
  assertWhole(n);
  if (n < 12) return ID_UNITS[n];
  if (n < 20) return `${ID_UNITS[n - 10]} belas`;
  if (n < 100) return joinWords(`${ID_UNITS[Math.floor(n / 10)]} puluh`, n % 10, indonesianNumberWords);
  if (n < 200) return joinWords('seratus', n - 100, indonesianNumberWords);
  if (n < 1000) return joinWords(`${ID_UNITS[Math.floor(n / 100)]} ratus`, n % 100, indonesianNumberWords);
  // "Seribu" but "dua ribu", and never "seribu" inside a larger scale ("sebelas ribu", "seratus ribu").
  if (n < 2000) return joinWords('seribu', n - 1000, indonesianNumberWords);
  return scaled(n, [
    [1_000_000_000, 'miliar'],
    [1_000_000, 'juta'],
    [1000, 'ribu'],
  ]);
}

function scaled(n: number, scales: Array<[number, string]>): string {
  for (const [size, name] of scales) {
    if (n >= size) return joinWords(`${indonesianNumberWords(Math.floor(n / size))} ${name}`, n % size, indonesianNumberWords);
  }
  return indonesianNumberWords(n);
}

const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number in English words, hyphenating the tens ("twenty-nine"), without "and" ("two thousand twenty-four"). */
export function englishNumberWords(n: number): string {
  assertWhole(n);
  if (n < 20) return EN_UNITS[n];
  if (n < 100) return n % 10 === 0 ? EN_TENS[n / 10] : `${EN_TENS[Math.floor(n / 10)]}-${EN_UNITS[n % 10]}`;
  if (n < 1000) return joinWords(`${EN_UNITS[Math.floor(n / 100)]} hundred`, n % 100, englishNumberWords);
  for (const [size, name] of [
    [1_000_000_000, 'billion'],
    [1_000_000, 'million'],
    [1000, 'thousand'],
  ] as const) {
    if (n >= size) return joinWords(`${englishNumberWords(Math.floor(n / size))} ${name}`, n % size, englishNumberWords);
  }
  return EN_UNITS[n];
}

const EN_ORDINAL_IRREGULAR: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};

/** "twenty-ninth", "first", "thirtieth": the ordinal of an English number, for the day of the month. */
export function englishOrdinalWords(n: number): string {
  const words = englishNumberWords(n);
  const match = /^(.*?)([a-z]+)$/.exec(words);
  if (!match) return words;
  const [, head, last] = match;
  if (EN_ORDINAL_IRREGULAR[last]) return `${head}${EN_ORDINAL_IRREGULAR[last]}`;
  if (last.endsWith('y')) return `${head}${last.slice(0, -1)}ieth`;
  return `${head}${last}th`;
}

function joinWords(head: string, rest: number, words: (n: number) => string): string {
  return rest === 0 ? head : `${head} ${words(rest)}`;
}

function assertWhole(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n >= 1_000_000_000_000) throw new RangeError(`Cannot write ${n} in words`);
}

/** The parts of a date an official opening writes out, in the document's language and the forum's zone. */
export interface DateInWords {
  weekday: string;
  day: string;
  month: string;
  year: string;
}

/** "Selasa", "dua puluh sembilan", "Oktober", "dua ribu dua puluh empat" for 29 October 2024 in Indonesian. */
export function dateInWords(iso: string, timeZone: string, language: DocumentLanguage): DateInWords {
  const locale = language === 'id' ? 'id-ID' : 'en-GB';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  const day = Number(parts.day);
  const year = Number(parts.year);
  return language === 'id'
    ? { weekday: parts.weekday, day: indonesianNumberWords(day), month: parts.month, year: indonesianNumberWords(year) }
    : { weekday: parts.weekday, day: englishOrdinalWords(day), month: parts.month, year: englishNumberWords(year) };
}
