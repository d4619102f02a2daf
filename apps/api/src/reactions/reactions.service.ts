import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { LIMITS, type ReactionBurst, type ReactionKind } from '@mufakat/contracts';
import { DomainError } from '../common/domain-error';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { ReactionLimiter } from './reaction-limiter';

/** Reactions of one forum are summed over this window and sent as one burst. */
export const REACTION_WINDOW_MS = 500;

/** Live reactions: not stored, rate-limited per attendee, sent to the screens in coalesced bursts. */
@Injectable()
export class ReactionsService implements OnModuleDestroy {
  private readonly limiter = new ReactionLimiter(LIMITS.reactionsPer10s, 10_000);
  private readonly pending = new Map<string, Partial<Record<ReactionKind, number>>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly sweeper = setInterval(() => this.limiter.sweep(), 60_000);

  constructor(@Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster) {
    this.sweeper.unref();
  }

  send(forumId: string, participantId: string, kind: ReactionKind): { sent: true } {
    if (!this.limiter.tryTake(participantId)) {
      throw new DomainError('RATE_LIMITED', `At most ${LIMITS.reactionsPer10s} reactions every 10 seconds`);
    }
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
    clearInterval(this.sweeper);
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
