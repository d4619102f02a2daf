/** A sliding-window limit per key, in memory: reactions are ephemeral, so a restart may forget the window. */
export class ReactionLimiter {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a send for the key, or says no when the key is over its limit. */
  tryTake(key: string): boolean {
    const now = this.now();
    const recent = (this.sent.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.sent.set(key, recent);
      return false;
    }
    recent.push(now);
    this.sent.set(key, recent);
    return true;
  }

  /** Forgets keys with nothing in their window, so memory follows active attendees only. */
  sweep(): void {
    const now = this.now();
    for (const [key, times] of this.sent) if (times.every((at) => now - at >= this.windowMs)) this.sent.delete(key);
  }
}
