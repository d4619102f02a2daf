import { emptyActionCounts, type ActionCounts, type PublicOrganisationUnitRow, type PublicUnitForumRow } from '@mufakat/contracts';
import { formatCalendarDate, formatIkm, formatInstant, formatShare, ikmChart, nextSort, sortUnitRows, TIMELINESS_TONE, type UnitSortKey } from './follow-up';

function counts(patch: Partial<ActionCounts>): ActionCounts {
  return { ...emptyActionCounts(), ...patch };
}

function unitRow(patch: Partial<PublicOrganisationUnitRow> & Pick<PublicOrganisationUnitRow, 'id' | 'name'>): PublicOrganisationUnitRow {
  return { city: null, forums: 1, counts: counts({}), onTimeShare: null, latestIkm: null, latestGrade: null, ...patch };
}

function forumRow(id: string, ikm: number | null): PublicUnitForumRow {
  return { id, title: `Forum ${id}`, startsAt: '2026-03-01T02:00:00.000Z', ikm, grade: ikm === null ? null : 'B', counts: counts({}) };
}

const UNITS: PublicOrganisationUnitRow[] = [
  unitRow({
    id: 'u1',
    name: 'Dinas Kesehatan',
    forums: 2,
    counts: counts({ total: 5, done: 3, overdue: 1 }),
    onTimeShare: 0.5,
    latestIkm: 80.25,
    latestGrade: 'B',
  }),
  unitRow({ id: 'u2', name: 'Disdukcapil', forums: 1, counts: counts({ total: 2, done: 0, overdue: 0 }), onTimeShare: null, latestIkm: 90, latestGrade: 'A' }),
  unitRow({ id: 'u3', name: 'Bappeda', forums: 3, counts: counts({ total: 4, done: 4, overdue: 2 }), onTimeShare: 1, latestIkm: null }),
];
const ids = (rows: PublicOrganisationUnitRow[]) => rows.map((row) => row.id);

describe('sortUnitRows', () => {
  it('sorts by name, alphabetically in the reader language, both ways', () => {
    expect(ids(sortUnitRows(UNITS, { key: 'name', direction: 'ascending' }, 'id'))).toEqual(['u3', 'u1', 'u2']);
    expect(ids(sortUnitRows(UNITS, { key: 'name', direction: 'descending' }, 'en'))).toEqual(['u2', 'u1', 'u3']);
  });

  it('sorts by each figure, both ways', () => {
    const cases: Array<[UnitSortKey, string[]]> = [
      ['forums', ['u3', 'u1', 'u2']],
      ['done', ['u3', 'u1', 'u2']],
      ['overdue', ['u3', 'u1', 'u2']],
    ];
    for (const [key, descending] of cases) {
      expect([key, ids(sortUnitRows(UNITS, { key, direction: 'descending' }, 'id'))]).toEqual([key, descending]);
      expect([key, ids(sortUnitRows(UNITS, { key, direction: 'ascending' }, 'id'))]).toEqual([key, [...descending].reverse()]);
    }
  });

  it('puts a unit without a figure last in either direction', () => {
    expect(ids(sortUnitRows(UNITS, { key: 'onTimeShare', direction: 'descending' }, 'id'))).toEqual(['u3', 'u1', 'u2']);
    expect(ids(sortUnitRows(UNITS, { key: 'onTimeShare', direction: 'ascending' }, 'id'))).toEqual(['u1', 'u3', 'u2']);
    expect(ids(sortUnitRows(UNITS, { key: 'latestIkm', direction: 'descending' }, 'id'))).toEqual(['u2', 'u1', 'u3']);
    expect(ids(sortUnitRows(UNITS, { key: 'latestIkm', direction: 'ascending' }, 'id'))).toEqual(['u1', 'u2', 'u3']);
  });

  it('breaks ties by name and leaves its input alone', () => {
    const tied = [unitRow({ id: 'b', name: 'Beta', forums: 2 }), unitRow({ id: 'a', name: 'Alfa', forums: 2 }), unitRow({ id: 'c', name: 'Cakra', forums: 5 })];
    expect(ids(sortUnitRows(tied, { key: 'forums', direction: 'descending' }, 'id'))).toEqual(['c', 'a', 'b']);
    expect(ids(sortUnitRows(tied, { key: 'forums', direction: 'ascending' }, 'id'))).toEqual(['a', 'b', 'c']);
    expect(ids(tied)).toEqual(['b', 'a', 'c']);
  });
});

describe('nextSort', () => {
  it('turns the order round on the same column and starts a new one with names A→Z, figures highest first', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'overdue', direction: 'descending' }, 'overdue')).toEqual({ key: 'overdue', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'latestIkm')).toEqual({ key: 'latestIkm', direction: 'descending' });
    expect(nextSort({ key: 'forums', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });
});

describe('ikmChart', () => {
  const size = { width: 320, height: 180 };

  it('scales the IKM on a 0–100 axis inside the margins', () => {
    const chart = ikmChart([forumRow('f1', 100), forumRow('f2', 50), forumRow('f3', 25)], size);
    const { plot } = chart;
    expect(plot.bottom).toBe(size.height - 22);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 25, 50, 75, 100]);
    expect(chart.ticks[0].y).toBe(plot.bottom);
    expect(chart.ticks[4].y).toBe(plot.top);
    const [full, half, quarter] = chart.bars;
    expect(full.y).toBe(plot.top);
    expect(full.height).toBe(plot.height);
    expect(half.height).toBeCloseTo(plot.height / 2);
    expect(quarter.height).toBeCloseTo(plot.height / 4);
    for (const bar of chart.bars) expect(bar.y + bar.height).toBeCloseTo(plot.bottom);
  });

  it('gives each forum an equal band, in order, numbered like the table', () => {
    const chart = ikmChart([forumRow('f1', 80), forumRow('f2', 70)], size);
    const band = chart.plot.width / 2;
    expect(chart.bars.map((bar) => bar.position)).toEqual([1, 2]);
    expect(chart.bars[0].centre).toBeCloseTo(chart.plot.left + band / 2);
    expect(chart.bars[1].centre - chart.bars[0].centre).toBeCloseTo(band);
    expect(chart.bars[0].width).toBeLessThan(band);
    expect(chart.bars[1].x + chart.bars[1].width).toBeLessThanOrEqual(chart.plot.left + chart.plot.width);
  });

  it('keeps the place of a forum without a survey, with no bar', () => {
    const chart = ikmChart([forumRow('f1', null), forumRow('f2', 88.5)], size);
    expect(chart.bars[0]).toMatchObject({ value: null, height: 0, y: chart.plot.bottom });
    expect(chart.bars[1].height).toBeGreaterThan(0);
  });

  it('draws no bar for no forum and clamps an out-of-range value', () => {
    expect(ikmChart([], size).bars).toEqual([]);
    expect(ikmChart([forumRow('f1', 130)], size).bars[0].y).toBe(18);
  });
});

describe('formatting', () => {
  it('names a calendar date without moving it by a time zone', () => {
    expect(formatCalendarDate('2026-06-30', 'id')).toBe('30 Juni 2026');
    expect(formatCalendarDate('2026-06-30', 'en')).toBe('30 June 2026');
  });

  it("shows an instant in the forum's zone", () => {
    // 23:30 UTC is already the next day in Jakarta (UTC+7).
    expect(formatInstant('2026-03-01T23:30:00.000Z', 'en', 'Asia/Jakarta', false)).toBe('2 March 2026');
    expect(formatInstant('2026-03-01T23:30:00.000Z', 'en', 'UTC', false)).toBe('1 March 2026');
    expect(formatInstant('2026-03-01T02:00:00.000Z', 'id', 'Asia/Jakarta', true)).toMatch(/^1 Maret 2026.*09[.:]00$/);
  });

  it('words shares and IKM in the reader language, a missing figure as a dash', () => {
    expect(formatShare(2 / 3, 'en')).toBe('67%');
    expect(formatShare(0.5, 'id')).toMatch(/^50\s?%$/);
    expect(formatShare(null, 'id')).toBe('—');
    expect(formatIkm(82.5, 'id')).toBe('82,50');
    expect(formatIkm(82.5, 'en')).toBe('82.50');
    expect(formatIkm(null, 'en')).toBe('—');
  });

  it('marks only overdue actions as bad, and every timeliness has a tone', () => {
    expect(Object.entries(TIMELINESS_TONE).filter(([, tone]) => tone === 'bad')).toEqual([['overdue', 'bad']]);
    expect(Object.keys(TIMELINESS_TONE).sort()).toEqual(['done_late', 'done_on_time', 'dropped', 'due_soon', 'no_deadline', 'on_track', 'overdue']);
  });
});
