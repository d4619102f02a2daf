import type { JoinInfo } from '@mufakat/contracts';

/** How long a forum's join info is reused: an edit of its title or venue reaches the join page this much later. */
export const JOIN_INFO_TTL_MS = 1000;
/** Join codes kept at once; the one read from the database longest ago goes first. */
const MAX_FORUMS = 256;

/**
 * When a room scans the QR code at once, every phone's join page asks for the same forum's join info in the same
 * seconds: each read through the ORM cost the api more than serving the page itself (bench/README.md, "The page a
 * room loads at once"). Each join code is read once per second, and phones asking while it is read share the read.
 * Only published forums are kept (a published forum stays published); an unknown code is read every time, so a
 * forum just published is found at once and made-up codes fill nothing.
 */
export class JoinInfoCache {
  private readonly entries = new Map<string, { until: number; info: Promise<JoinInfo | null> }>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  get(joinCode: string, read: () => Promise<JoinInfo | null>): Promise<JoinInfo | null> {
    const entry = this.entries.get(joinCode);
    if (entry && entry.until > this.now()) return entry.info;
    const info = read();
    const fresh = { until: this.now() + JOIN_INFO_TTL_MS, info };
    this.entries.delete(joinCode);
    this.entries.set(joinCode, fresh);
    if (this.entries.size > MAX_FORUMS) this.entries.delete(this.entries.keys().next().value as string);
    const forget = () => {
      if (this.entries.get(joinCode) === fresh) this.entries.delete(joinCode);
    };
    info.then((found) => found ?? forget(), forget);
    return info;
  }
}
