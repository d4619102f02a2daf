/**
 * Collects ids per forum and hands them over at most once per interval per forum, so a burst of
 * votes becomes one tally broadcast instead of one message per vote to every client. The interval runs from the
 * end of the previous flush, not its start: flushes of one forum never overlap, and the broadcasts they end with
 * are at least an interval apart however long the database took (otherwise a slow flush and a quick one bunch up
 * and a client gets 11 tallies in a second).
 */
export class Coalescer {
  private readonly dirty = new Map<string, Set<string>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly flushing = new Set<string>();

  constructor(
    private readonly intervalMs: number,
    private readonly flush: (forumId: string, questionIds: string[]) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  add(forumId: string, questionId: string): void {
    let ids = this.dirty.get(forumId);
    if (!ids) this.dirty.set(forumId, (ids = new Set()));
    ids.add(questionId);
    if (!this.flushing.has(forumId)) this.schedule(forumId);
  }

  /** Flushes everything now (shutdown, tests). */
  async drain(): Promise<void> {
    const forumIds = [...this.dirty.keys()];
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(forumIds.map((forumId) => this.run(forumId)));
  }

  private async run(forumId: string): Promise<void> {
    this.timers.delete(forumId);
    const ids = this.dirty.get(forumId);
    this.dirty.delete(forumId);
    if (!ids || ids.size === 0) return;
    this.flushing.add(forumId);
    try {
      await this.flush(forumId, [...ids]);
    } catch (error) {
      this.onError(error);
    } finally {
      this.flushing.delete(forumId);
      // What arrived meanwhile waits a full interval from this flush's end.
      if (this.dirty.has(forumId)) this.schedule(forumId);
    }
  }

  private schedule(forumId: string): void {
    if (!this.timers.has(forumId)) this.timers.set(forumId, setTimeout(() => void this.run(forumId), this.intervalMs));
  }
}
