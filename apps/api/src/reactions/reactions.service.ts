import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { ReactionBurst, ReactionKind } from '@mufakat/contracts';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';

/** Reactions of one forum are summed over this window and sent as one burst. */
export const REACTION_WINDOW_MS = 500;

/** Live reactions: not stored, sent to the screens in coalesced bursts (the gateway limits them per attendee). */
@Injectable()
export class ReactionsService implements OnModuleDestroy {
  private readonly pending = new Map<string, Partial<Record<ReactionKind, number>>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(@Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster) {}

  send(forumId: string, kind: ReactionKind): { sent: true } {
    const counts = this.pending.get(forumId) ?? {};
    counts[kind] = (counts[kind] ?? 0) + 1;
    this.pending.set(forumId, counts);
    if (!this.timers.has(forumId))
      this.timers.set(
        forumId,
        setTimeout(() => this.flush(forumId), REACTION_WINDOW_MS),
      );
    return { sent: true };
  }

  onModuleDestroy(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private flush(forumId: string): void {
    this.timers.delete(forumId);
    const counts = this.pending.get(forumId);
    this.pending.delete(forumId);
    if (counts) this.broadcaster.sendReactions(forumId, { counts } satisfies ReactionBurst);
  }
}
