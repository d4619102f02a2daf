import type { ActionTimeliness, EvidenceMime, PublicOrganisationUnitRow, PublicUnitForumRow } from '@mufakat/contracts';
import type { Language } from '@mufakat/client';

/** The public follow-up pages' pure parts: sorting the units' table, scaling the IKM chart, wording numbers and dates. */

export type UnitSortKey = 'name' | 'forums' | 'done' | 'overdue' | 'onTimeShare' | 'latestIkm';
export type SortDirection = 'ascending' | 'descending';
export interface UnitSort {
  key: UnitSortKey;
  direction: SortDirection;
}

export const UNIT_SORT_KEYS: readonly UnitSortKey[] = ['name', 'forums', 'done', 'overdue', 'onTimeShare', 'latestIkm'];

const sortValue: Record<UnitSortKey, (row: PublicOrganisationUnitRow) => string | number | null> = {
  name: (row) => row.name,
  forums: (row) => row.forums,
  done: (row) => row.counts.done,
  overdue: (row) => row.counts.overdue,
  onTimeShare: (row) => row.onTimeShare,
  latestIkm: (row) => row.latestIkm,
};

export const locale = (language: Language): string => (language === 'en' ? 'en-GB' : 'id-ID');

/**
 * The units in the asked order. A unit without a figure (no action came due, no survey) goes last either way:
 * "no data" is neither the best nor the worst. Ties keep the names' alphabetical order.
 */
export function sortUnitRows(rows: readonly PublicOrganisationUnitRow[], sort: UnitSort, language: Language): PublicOrganisationUnitRow[] {
  const byName = (a: PublicOrganisationUnitRow, b: PublicOrganisationUnitRow) => a.name.localeCompare(b.name, locale(language));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue[sort.key](a);
    const y = sortValue[sort.key](b);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    const order = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, locale(language)) : (x as number) - (y as number);
    return order !== 0 ? sign * order : byName(a, b);
  });
}

/** A header pressed again turns its order round; a new one starts with names A→Z and figures highest first. */
export function nextSort(current: UnitSort, key: UnitSortKey): UnitSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'name' ? 'ascending' : 'descending' };
}

export interface ChartSize {
  width: number;
  height: number;
}

export interface IkmBar {
  forumId: string;
  /** 1-based, the same number the table beside the chart gives the forum. */
  position: number;
  value: number | null;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the bar's centre is, for its labels. */
  centre: number;
}

export interface IkmChart {
  plot: { left: number; top: number; width: number; height: number; bottom: number };
  ticks: Array<{ value: number; y: number }>;
  bars: IkmBar[];
}

const IKM_MAX = 100;
const MARGIN = { left: 28, right: 8, top: 18, bottom: 22 };

/**
 * Bars of each forum's converted IKM (25–100) on a 0–100 axis, oldest forum first, in an SVG of `size` user units.
 * A forum without survey answers keeps its place with no bar.
 */
export function ikmChart(forums: readonly PublicUnitForumRow[], size: ChartSize): IkmChart {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: size.width - MARGIN.left - MARGIN.right,
    height: size.height - MARGIN.top - MARGIN.bottom,
    bottom: size.height - MARGIN.bottom,
  };
  const yOf = (value: number) => plot.top + plot.height * (1 - Math.min(Math.max(value, 0), IKM_MAX) / IKM_MAX);
  const band = forums.length === 0 ? 0 : plot.width / forums.length;
  const barWidth = Math.min(band * 0.6, 48);
  const bars = forums.map((forum, index) => {
    const centre = plot.left + band * index + band / 2;
    const y = forum.ikm === null ? plot.bottom : yOf(forum.ikm);
    return { forumId: forum.id, position: index + 1, value: forum.ikm, x: centre - barWidth / 2, y, width: barWidth, height: plot.bottom - y, centre };
  });
  const ticks = [0, 25, 50, 75, 100].map((value) => ({ value, y: yOf(value) }));
  return { plot, ticks, bars };
}

/** A calendar date (YYYY-MM-DD) as words; it names a day, so no time zone moves it. */
export function formatCalendarDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant in the forum's or unit's zone, as its attendees read their clocks. */
export function formatInstant(iso: string, language: Language, timeZone: string | undefined, withTime: boolean): string {
  const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: 'long', timeStyle: 'short', timeZone } : { dateStyle: 'long', timeZone };
  return new Intl.DateTimeFormat(locale(language), options).format(new Date(iso));
}

export function formatShare(share: number | null, language: Language): string {
  return share === null ? '—' : new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The converted IKM with the two decimals the regulation prints. */
export function formatIkm(value: number | null, language: Language): string {
  return value === null ? '—' : new Intl.NumberFormat(locale(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export type Tone = 'good' | 'warn' | 'bad' | 'plain';

/** Colour is a second cue only: every badge also says its state in words, and the bad ones carry a sign. */
export const TIMELINESS_TONE: Record<ActionTimeliness, Tone> = {
  no_deadline: 'plain',
  on_track: 'plain',
  due_soon: 'warn',
  overdue: 'bad',
  done_on_time: 'good',
  done_late: 'warn',
  dropped: 'plain',
};

export const isImage = (mime: EvidenceMime): boolean => mime.startsWith('image/');
