import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { Coalescer } from './coalescer';

/** Everything counted live: each kind's changed ids go out coalesced, never one broadcast per vote. */
/** `attendance`: new participants announced to staff; `headcount`: the room's counts to the projector and staff. */
export type TallyKind = 'upvotes' | 'pollResults' | 'consensus' | 'survey' | 'attendance' | 'headcount';

/** Reads the counts of these ids under the forum lock, numbers the change and sends it after commit. */
export type TallyFlush = (forumId: string, ids: string[]) => Promise<void>;

/**
 * The one tally path: features register how to flush what they count and report what changed; this coalesces
 * per kind and forum at the configured interval, retries a failed flush, and drains everything once at shutdown
 * while the sockets are still open.
 */
@Injectable()
export class TallyRegistry implements BeforeApplicationShutdown {
  private readonly logger = new Logger(TallyRegistry.name);
  private readonly coalescers = new Map<TallyKind, Coalescer>();

  constructor(@Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig) {}

  register(kind: TallyKind, flush: TallyFlush): void {
    if (this.coalescers.has(kind)) throw new Error(`Tally "${kind}" is registered twice`);
    this.coalescers.set(
      kind,
      new Coalescer(this.config.tallyFlushMs, flush, (error, forumId) =>
        this.logger.error(`Flushing ${kind} of forum ${forumId} failed (retrying): ${error instanceof Error ? error.message : String(error)}`),
      ),
    );
  }

  changed(kind: TallyKind, forumId: string, id: string): void {
    const coalescer = this.coalescers.get(kind);
    if (!coalescer) throw new Error(`Tally "${kind}" has no flush registered`);
    coalescer.add(forumId, id);
  }

  /** Flushes every pending tally now (shutdown, tests). */
  async drain(): Promise<void> {
    await Promise.all([...this.coalescers.values()].map((coalescer) => coalescer.drain()));
  }

  /** The last drain: after it nothing is counted or retried, so no timer outlives the database. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.coalescers.values()].map((coalescer) => coalescer.close()));
  }
}
