/**
 * Satisfaction survey (Survei Kepuasan Masyarakat) by PermenPAN-RB 14/2017: nine elements, each scored 1–4.
 * The codes are the regulation's U1..U9; clients translate them.
 */
export const SURVEY_ELEMENTS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type SurveyElement = (typeof SURVEY_ELEMENTS)[number];

export const SURVEY_SCORE = { min: 1, max: 4 } as const;

export type IkmGrade = 'A' | 'B' | 'C' | 'D';

export interface IkmResult {
  respondents: number;
  /** Mean score (NRR) per element in U1..U9 order; null when nobody scored it. */
  elements: Array<{ code: SurveyElement; mean: number | null }>;
  /** Sum of the element means times their equal weight (1/9 each), on the 1–4 scale. */
  ikm: number;
  /** ikm × 25, rounded to two decimals: the 25–100 scale the regulation grades. */
  converted: number;
  grade: IkmGrade;
  /** Present while check-in is on: the IKM of verified attendees' answers only (null when none answered). */
  verified?: Omit<IkmResult, 'verified'> | null;
}

/** Lower bounds of the converted IKM per grade (PermenPAN-RB 14/2017, table of service quality). */
const GRADE_FLOORS: Array<[IkmGrade, number]> = [
  ['A', 88.31],
  ['B', 76.61],
  ['C', 65.0],
  ['D', 25.0],
];

export function ikmGrade(converted: number): IkmGrade {
  return GRADE_FLOORS.find(([, floor]) => converted >= floor)?.[0] ?? 'D';
}

/**
 * IKM from survey responses (each an array of nine scores 1–4, U1..U9 order). The regulation's weight is
 * 1 / number of elements (printed rounded as 0.11); the exact 1/9 is used so that all-4 answers give 100.
 * Returns null when there are no responses.
 */
export function computeIkm(responses: ReadonlyArray<ReadonlyArray<number>>): IkmResult | null {
  if (responses.length === 0) return null;
  const elements = SURVEY_ELEMENTS.map((code, index) => {
    const scores = responses.map((r) => r[index]).filter((s): s is number => typeof s === 'number');
    const mean = scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
    return { code, mean };
  });
  const weight = 1 / SURVEY_ELEMENTS.length;
  const ikm = elements.reduce((sum, e) => sum + (e.mean ?? 0) * weight, 0);
  const converted = Math.round(ikm * 25 * 100) / 100;
  return { respondents: responses.length, elements, ikm, converted, grade: ikmGrade(converted) };
}

export interface SurveyState {
  /** Attendees may answer (and change their answer) while open. */
  open: boolean;
  respondents: number;
}

export interface SetSurveyOpenRequest {
  open: boolean;
}

/** Nine scores, U1..U9 order, each 1–4. */
export interface SubmitSurveyRequest {
  scores: number[];
}
