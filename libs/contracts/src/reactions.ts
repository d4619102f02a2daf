export const REACTION_KINDS = ['applause', 'agree', 'unclear'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export interface SendReactionRequest {
  kind: ReactionKind;
}

/** Reactions sent in the last short window, per kind; ephemeral, not part of the numbered state. */
export interface ReactionBurst {
  counts: Partial<Record<ReactionKind, number>>;
}
