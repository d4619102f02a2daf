import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { ParticipantsRepository } from './participants.repository';

/** A voided attendee missed on a replica (its Redis message lost in an outage) is refused at the latest this much later. */
const RELOAD_MS = 60_000;

/**
 * The voided attendees, so a signed token's handshake needs no database lookup. Loaded at start, added to on every
 * replica when an attendee is voided (the broadcaster's cluster message), and reloaded now and then in case a message
 * was lost. Writes are not checked against it: a voided attendee's contributions are counted nowhere anyway.
 */
@Injectable()
export class AttendeeRevocations implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AttendeeRevocations.name);
  private revoked = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(ParticipantsRepository) private readonly participants: ParticipantsRepository,
    @Inject(ForumBroadcaster) broadcaster: ForumBroadcaster,
  ) {
    broadcaster.onParticipantVoided((participantId) => this.revoked.add(participantId));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.reload();
    this.timer = setInterval(
      () => this.reload().catch((error: unknown) => this.logger.warn(`Could not reload the voided attendees: ${String(error)}`)),
      RELOAD_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  isRevoked(participantId: string): boolean {
    return this.revoked.has(participantId);
  }

  private async reload(): Promise<void> {
    const voided = new Set(await this.participants.voidedIds());
    // Kept: ids voided (and announced) while the query ran.
    for (const id of this.revoked) voided.add(id);
    this.revoked = voided;
  }
}
