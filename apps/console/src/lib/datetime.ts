import type { Language } from '@mufakat/client';

const LOCAL_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/**
 * `<input type=datetime-local>` yields wall-clock time without a zone; the browser's zone is the venue's,
 * so the instant sent to the api is that wall-clock time read in local time. `null` when it is not a date.
 */
export function localInputToIso(value: string): string | null {
  const trimmed = value.trim();
  if (!LOCAL_INPUT.test(trimmed)) return null;
  const date = new Date(trimmed);
  if (Number.isNaN(date.getTime())) return null;
  // Date rolls 31 April over to 1 May; a date that moved was not a real one.
  const [day] = trimmed.split('T');
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  if (date.getFullYear() !== year || date.getMonth() + 1 !== month || date.getDate() !== dayOfMonth) return null;
  return date.toISOString();
}

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

export function localeFor(language: string): string {
  return language === 'en' ? LOCALES.en : LOCALES.id;
}

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'full', timeStyle: 'short' }).format(date);
}

export function formatTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(language), { hour: '2-digit', minute: '2-digit' }).format(date);
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (YYYY-MM-DD) that exists: 2027-02-29 does not. */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date (YYYY-MM-DD, no time, no zone) written out, the same day wherever the reader is. */
export function formatCalendarDate(value: string, language: string): string {
  if (!isCalendarDate(value)) return value;
  const [year, month, day] = value.split('-').map(Number);
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
