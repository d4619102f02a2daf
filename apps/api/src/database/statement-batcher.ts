interface Pending<I, R> {
  item: I;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs one statement for many callers: the first item is written (or read) at once, and every item that arrives
 * while a batch is in flight goes into the next one. One round trip (and for writes one commit, one fsync) serves
 * many callers, and nobody waits for a timer. Each caller gets its own result once its batch is done; a batch
 * that fails fails only its own callers. Used where a storm of small statements would queue on socket writes:
 * upvotes, registrations, attendees' snapshots.
 */
export class StatementBatcher<I, R> {
  private queue: Array<Pending<I, R>> = [];
  private running = false;

  constructor(
    private readonly run: (items: I[]) => Promise<R[]>,
    private readonly maxBatch = 500,
  ) {}

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
        // phase) joins the batch first. No timer: an idle batcher still writes its first item at once.
        if (continued) await new Promise<void>((resolve) => setImmediate(resolve));
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
}
