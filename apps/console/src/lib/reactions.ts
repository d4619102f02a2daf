import { REACTION_KINDS, type ReactionBurst, type ReactionKind } from '@mufakat/contracts';

export type ReactionCounts = Record<ReactionKind, number>;

export interface Floater {
  id: number;
  kind: ReactionKind;
  /** Horizontal position, percent of the screen's width. */
  left: number;
  /** Stagger, so a burst rises as a stream rather than a block. */
  delayMs: number;
}

/** Icons on screen at once at most; a busy hall would otherwise fill the screen and slow the projector. */
export const MAX_FLOATERS = 36;
/** Icons one kind may add per burst; the count in the summary stays exact. */
export const MAX_PER_KIND = 6;
export const FLOAT_MS = 4000;
/** Screen readers hear a summary at most this often. */
export const SUMMARY_INTERVAL_MS = 15000;

export function emptyCounts(): ReactionCounts {
  return Object.fromEntries(REACTION_KINDS.map((kind) => [kind, 0])) as ReactionCounts;
}

export function addBurst(counts: ReactionCounts, burst: ReactionBurst): ReactionCounts {
  const next = { ...counts };
  for (const kind of REACTION_KINDS) next[kind] += Math.max(0, Math.floor(burst.counts[kind] ?? 0));
  return next;
}

export function totalCount(counts: ReactionCounts): number {
  return REACTION_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}

/** New icons for one burst; ids continue from `firstId`. `random` is injectable for tests. */
export function floatersFor(burst: ReactionBurst, firstId: number, random: () => number = Math.random): Floater[] {
  const floaters: Floater[] = [];
  // Each kind keeps to its own band of the width, so the three read apart at a glance.
  REACTION_KINDS.forEach((kind, band) => {
    const count = Math.min(MAX_PER_KIND, Math.max(0, Math.floor(burst.counts[kind] ?? 0)));
    for (let i = 0; i < count; i++) {
      floaters.push({
        id: firstId + floaters.length,
        kind,
        left: Math.round((8 + band * 30 + random() * 24) * 10) / 10,
        delayMs: Math.round(i * 220 + random() * 150),
      });
    }
  });
  return floaters;
}

/** Keeps the newest icons when too many are on screen. */
export function capFloaters(floaters: readonly Floater[], max = MAX_FLOATERS): Floater[] {
  return floaters.length > max ? floaters.slice(floaters.length - max) : [...floaters];
}

/** The kinds with a count, in the contract's order, for the spoken summary. */
export function summaryParts(counts: ReactionCounts): Array<{ kind: ReactionKind; count: number }> {
  return REACTION_KINDS.filter((kind) => counts[kind] > 0).map((kind) => ({ kind, count: counts[kind] }));
}
