import { SURVEY_ELEMENTS, SURVEY_SCORE, ikmGrade, type IkmGrade, type IkmResult, type SurveyElement } from '@mufakat/contracts';

export interface IkmBar {
  code: SurveyElement;
  /** Mean score (NRR) 1–4; null when nobody scored the element yet. */
  mean: number | null;
  /** Bar length 0–100: the mean as a share of the highest score. */
  width: number;
}

/** One bar per element, U1..U9, even before the first answer, so the chart does not change shape. */
export function ikmBars(ikm: IkmResult | null): IkmBar[] {
  const means = new Map(ikm?.elements.map((e) => [e.code, e.mean]) ?? []);
  return SURVEY_ELEMENTS.map((code) => {
    const mean = means.get(code) ?? null;
    return { code, mean, width: mean === null ? 0 : Math.round((Math.min(mean, SURVEY_SCORE.max) / SURVEY_SCORE.max) * 1000) / 10 };
  });
}

/** i18next key of a grade's words (PermenPAN-RB 14/2017): A Sangat Baik … D Tidak Baik. */
export function ikmGradeKey(grade: IkmGrade): `survey.grades.${IkmGrade}` {
  return `survey.grades.${grade}`;
}

/**
 * The quality of one element: its mean graded on the same scale as the index (a mean of 3.0644 and above is
 * B, as 76.61 / 25), which is how the regulation's table reads element by element.
 */
export function elementGrade(mean: number | null): IkmGrade | null {
  return mean === null ? null : ikmGrade(Math.round(mean * 25 * 100) / 100);
}

/** Means with two decimals (enough to compare elements); the 1–4 index with three, as ×25 magnifies it; the graded value with two. */
const DIGITS = { mean: 2, ikm: 3, converted: 2 } as const;

export function formatIkmNumber(value: number, kind: keyof typeof DIGITS, locale: string): string {
  const digits = DIGITS[kind];
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
