import type { ProjectorModel } from './projector';

/** The smallest zoom of the stage still read from the back of a hall; below it the stage pages instead. */
export const FIT_FLOOR = 0.7;
export const FIT_STEP = 0.05;
/** How long each page of an overlong stage stays up. */
export const PAGE_MS = 8000;

/** Pages of one screen each (the last one may be partial). */
export function pageCount(contentHeight: number, viewHeight: number): number {
  if (viewHeight <= 0) return 1;
  return Math.max(1, Math.ceil((contentHeight - 1) / viewHeight));
}

/** What the stage's height depends on: its mode and texts, not the counts that change with every vote. */
export function projectorLayoutKey(model: ProjectorModel): string {
  return JSON.stringify([
    model.mode,
    model.currentAgenda?.id ?? null,
    model.pinned?.text ?? null,
    model.questions.map((q) => q.text),
    model.poll?.poll.id ?? null,
    model.poll?.results ? 1 : 0,
    model.speakers.waiting.length,
    model.consensus ? [model.consensus.open.map((o) => o.item.text), model.consensus.approved.map((a) => a.text), model.consensus.moreOpen] : null,
  ]);
}
