import type { BeritaAcaraModel } from './berita-acara-model';
import type { DocumentStrings } from './berita-acara-strings';
import type { BarDatum } from './document-blocks';
import type { DocumentFormatter } from './format';

type Poll = BeritaAcaraModel['polls'][number];
type Survey = NonNullable<BeritaAcaraModel['survey']>;

/** Bars scaled to `max`; a zero or missing maximum draws empty bars instead of dividing by zero. */
export function scaleBars(items: Array<{ label: string; value: number; valueText: string }>, max: number): BarDatum[] {
  return items.map(({ label, value, valueText }) => ({
    label,
    valueText,
    fraction: max > 0 ? Math.min(1, Math.max(0, value / max)) : 0,
  }));
}

/**
 * A poll's bars. Counts are scaled to the respondents (so the length reads as a share of the room) and also
 * printed as a percentage; ranking scores are scaled to the best score.
 */
export function pollBars(poll: Poll, f: DocumentFormatter): BarDatum[] {
  if (poll.valueKind === 'count') {
    const max = Math.max(poll.respondents, ...poll.bars.map((b) => b.value));
    return scaleBars(
      poll.bars.map((b) => ({
        label: b.label,
        value: b.value,
        valueText: poll.respondents > 0 ? `${b.value} (${f.decimal((100 * b.value) / poll.respondents, 0)}%)` : String(b.value),
      })),
      max,
    );
  }
  const digits = poll.valueKind === 'borda' ? 0 : 2;
  const max = Math.max(0, ...poll.bars.map((b) => b.value));
  return scaleBars(
    poll.bars.map((b) => ({ label: b.label, value: b.value, valueText: f.decimal(b.value, digits) })),
    max,
  );
}

/** The nine element means on the survey's fixed 1–4 scale, so the charts of two forums compare. */
export function surveyBars(survey: Survey, t: DocumentStrings, f: DocumentFormatter): BarDatum[] {
  return scaleBars(
    survey.elements.map((e) => ({
      label: `${e.code} ${elementLabel(e.code, t)}`,
      value: e.mean ?? 0,
      valueText: e.mean === null ? t.none : f.decimal(e.mean, 2),
    })),
    4,
  );
}

export function elementLabel(code: string, t: DocumentStrings): string {
  return code in t.surveyElement ? t.surveyElement[code as keyof DocumentStrings['surveyElement']] : code;
}
