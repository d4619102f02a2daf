import { SURVEY_ELEMENTS } from '@mufakat/contracts';
import id from '../locales/id.json';
import en from '../locales/en.json';
import { ikmResult } from '../test/fixtures';
import { elementGrade, formatIkmNumber, ikmBars, ikmGradeKey } from './ikm';

describe(ikmBars.name, () => {
  it('draws nine bars in U1..U9 order, the mean as a share of 4', () => {
    const bars = ikmBars(ikmResult([4, 3, 2, 1, 3.5, 3.25, 2.8, 3.9, null]));
    expect(bars.map((b) => b.code)).toEqual([...SURVEY_ELEMENTS]);
    expect(bars.map((b) => b.width)).toEqual([100, 75, 50, 25, 87.5, 81.3, 70, 97.5, 0]);
    expect(bars[8].mean).toBeNull();
  });

  it('keeps its shape before the first answer', () => {
    const bars = ikmBars(null);
    expect(bars).toHaveLength(9);
    expect(bars.every((b) => b.mean === null && b.width === 0)).toBe(true);
  });
});

describe(ikmGradeKey.name, () => {
  it('names each grade as the regulation does', () => {
    const words = (locale: typeof id, grade: 'A' | 'B' | 'C' | 'D') => {
      const [, , g] = ikmGradeKey(grade).split('.');
      return locale.survey.grades[g as 'A'];
    };
    expect(['A', 'B', 'C', 'D'].map((g) => words(id, g as 'A'))).toEqual(['Sangat Baik', 'Baik', 'Kurang Baik', 'Tidak Baik']);
    expect(['A', 'B', 'C', 'D'].map((g) => words(en, g as 'A'))).toEqual(['Very good', 'Good', 'Poor', 'Very poor']);
    expect(ikmGradeKey('B')).toBe('survey.grades.B');
  });

  it('names every element U1..U9 in both languages', () => {
    expect(id.survey.elements.U2).toBe('Sistem, Mekanisme, dan Prosedur');
    expect(id.survey.elements.U8).toBe('Penanganan Pengaduan, Saran dan Masukan');
    for (const code of SURVEY_ELEMENTS) {
      expect(id.survey.elements[code]).toBeTruthy();
      expect(en.survey.elements[code]).toBeTruthy();
    }
  });
});

describe(elementGrade.name, () => {
  it('grades a mean on the index scale, at the regulation boundaries', () => {
    expect(elementGrade(null)).toBeNull();
    expect(elementGrade(4)).toBe('A');
    expect(elementGrade(3.5324)).toBe('A');
    expect(elementGrade(3.532)).toBe('B');
    expect(elementGrade(3.0644)).toBe('B');
    expect(elementGrade(3.064)).toBe('C');
    expect(elementGrade(2.6)).toBe('C');
    expect(elementGrade(2.59)).toBe('D');
    expect(elementGrade(1)).toBe('D');
  });
});

describe(formatIkmNumber.name, () => {
  it("writes the index with three decimals and the rest with two, in the reader's locale", () => {
    expect(formatIkmNumber(3.12345, 'ikm', 'id-ID')).toBe('3,123');
    expect(formatIkmNumber(78.08, 'converted', 'id-ID')).toBe('78,08');
    expect(formatIkmNumber(3.5, 'mean', 'en-GB')).toBe('3.50');
  });
});
