/**
 * Under load, how long a small batch waits for more items before its statement. In a join storm of 500 a second,
 * batches made of what arrived during one round trip held two or three joins, and each statement woke a PostgreSQL
 * backend; gathering for 5 ms took a third to a half of PostgreSQL's CPU off the machine (bench/README.md,
 * "Phones register in the socket's handshake").
 */
const BATCH_GATHER_MS = 5;
/** A batch this large goes at once: waiting could not make its statement much cheaper per item. */
const ENOUGH_TO_GO = 32;

export interface StatementBatcherOptions {
  maxBatch?: number;
  gatherMs?: number;
}

interface Pending<I, R> {
  item: I;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs one statement for many callers: the first item is written (or read) at once, and every item that arrives
 * while a batch is in flight goes into the next one, which under load also gathers for a few milliseconds while it
 * is small. One round trip (and for writes one commit, one fsync) serves many callers, and an idle batcher's item
 * waits for no timer. Each caller gets its own result once its batch is done; a batch that fails fails only its
 * own callers. Used where a storm of small statements would queue on socket writes: upvotes, registrations,
 * attendees' snapshots.
 */
export class StatementBatcher<I, R> {
  private queue: Array<Pending<I, R>> = [];
  private running = false;
  private readonly maxBatch: number;
  private readonly gatherMs: number;

  constructor(
    private readonly run: (items: I[]) => Promise<R[]>,
    { maxBatch = 500, gatherMs = BATCH_GATHER_MS }: StatementBatcherOptions = {},
  ) {
    this.maxBatch = maxBatch;
    this.gatherMs = gatherMs;
  }

  submit(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let continued = false;
    try {
      while (this.queue.length > 0) {
        // Continued from a finished statement: the rest of this turn's input (requests read in the same poll
        // phase) joins the batch first, and a small batch waits a little for more. An idle batcher still writes its
        // first item at once.
        if (continued) await this.gather();
        continued = true;
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          const results = await this.run(batch.map((pending) => pending.item));
          batch.forEach((pending, index) => pending.resolve(results[index]));
        } catch (error) {
          batch.forEach((pending) => pending.reject(error));
        }
      }
    } finally {
      this.running = false;
    }
  }

  private gather(): Promise<void> {
    return new Promise((resolve) => {
      if (this.gatherMs > 0 && this.queue.length < ENOUGH_TO_GO) setTimeout(resolve, this.gatherMs);
      else setImmediate(resolve);
    });
  }
}
