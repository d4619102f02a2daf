import { defaultCsvSeparator } from './documents';
import { apiPaths } from './rest';

describe(defaultCsvSeparator.name, () => {
  it('separates CSV with semicolons for Indonesian and commas for English', () => {
    expect(defaultCsvSeparator('id')).toBe('semicolon');
    expect(defaultCsvSeparator('en')).toBe('comma');
    expect(defaultCsvSeparator('en-GB')).toBe('comma');
  });

  it('puts the separator in a CSV export path, never in an XLSX one', () => {
    expect(apiPaths.export('f', 'attendance', 'csv', 'id', 'semicolon')).toBe('/api/forums/f/exports/attendance.csv?sep=semicolon');
    expect(apiPaths.export('f', 'attendance', 'xlsx', 'en', 'comma')).toBe('/api/forums/f/exports/attendance.xlsx?lang=en');
    expect(apiPaths.export('f', 'polls', 'csv')).toBe('/api/forums/f/exports/polls.csv');
  });
});
