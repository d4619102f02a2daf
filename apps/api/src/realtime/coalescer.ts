/**
 * Collects ids per forum and hands them over at most once per interval per forum, so a burst of
 * votes becomes one tally broadcast instead of one message per vote to every client. The interval runs from the
 * end of the previous flush, not its start: flushes of one forum never overlap, and the broadcasts they end with
 * are at least an interval apart however long the database took (otherwise a slow flush and a quick one bunch up
 * and a client gets 11 tallies in a second).
 *
 * A flush that fails keeps its ids: they go back with whatever arrived meanwhile and are retried, waiting longer
 * after each failure (up to `maxRetryMs`), so screens catch up once the database answers again instead of
 * showing stale counts with no gap for a client to notice.
 */
export class Coalescer {
  private readonly dirty = new Map<string, Set<string>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly flushing = new Set<string>();
  /** Consecutive failed flushes per forum. */
  private readonly failures = new Map<string, number>();
  /** Set at shutdown: the database is about to go, so nothing may be scheduled after the last drain. */
  private closed = false;

  constructor(
    private readonly intervalMs: number,
    private readonly flush: (forumId: string, ids: string[]) => Promise<void>,
    private readonly onError: (error: unknown, forumId: string) => void,
    private readonly maxRetryMs = 5_000,
  ) {}

  add(forumId: string, id: string): void {
    if (this.closed) return;
    let ids = this.dirty.get(forumId);
    if (!ids) this.dirty.set(forumId, (ids = new Set()));
    ids.add(id);
    if (!this.flushing.has(forumId)) this.schedule(forumId);
  }

  /** Flushes everything now (shutdown, tests); ids of a flush that fails here are reported, not retried. */
  async drain(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all([...this.dirty.keys()].map((forumId) => this.run(forumId, false)));
  }

  /**
   * Drains once and stops for good (shutdown). What changes after this (sockets dropping as the server closes)
   * is not counted: a retry timer left behind would outlive the database and keep the process alive.
   */
  async close(): Promise<void> {
    this.closed = true;
    await this.drain();
    this.dirty.clear();
  }

  private async run(forumId: string, retry = true): Promise<void> {
    this.timers.delete(forumId);
    const ids = this.dirty.get(forumId);
    this.dirty.delete(forumId);
    if (!ids || ids.size === 0) return;
    this.flushing.add(forumId);
    try {
      await this.flush(forumId, [...ids]);
      this.failures.delete(forumId);
    } catch (error) {
      this.onError(error, forumId);
      if (retry) {
        this.failures.set(forumId, (this.failures.get(forumId) ?? 0) + 1);
        const pending = this.dirty.get(forumId) ?? new Set<string>();
        this.dirty.set(forumId, new Set([...ids, ...pending]));
      }
    } finally {
      this.flushing.delete(forumId);
      // What arrived meanwhile (or failed) waits a full interval from this flush's end.
      if (this.dirty.has(forumId)) this.schedule(forumId);
    }
  }

  private schedule(forumId: string): void {
    if (this.closed || this.timers.has(forumId)) return;
    const failures = this.failures.get(forumId) ?? 0;
    const delay = failures === 0 ? this.intervalMs : Math.min(this.maxRetryMs, this.intervalMs * 2 ** failures);
    // Unreferenced: a pending tally never keeps a stopping process alive.
    this.timers.set(forumId, setTimeout(() => void this.run(forumId), delay).unref());
  }
}
