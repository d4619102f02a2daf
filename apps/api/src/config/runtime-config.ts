import type { SmtpSettings } from '@mufakat/minutes';
import type { RegistrationLimitSettings } from '../limits/registration-rate-limits';

/** Everything the api needs to run, resolved once at start from the environment. */
export interface RuntimeConfig {
  mode: 'embedded' | 'hosted';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  databasePoolSize: number;
  redisUrl: string | null;
  publicUrl: string;
  /**
   * Proxies believed about the client's address and protocol (X-Forwarded-*): addresses, CIDRs or
   * loopback/linklocal/uniquelocal; empty: none. Unset: none in the embedded mode, HOSTED_TRUST_PROXY in the hosted one.
   */
  trustProxy?: string[];
  sessionSecret: string;
  /** Built web apps to serve, when present. */
  web: { audienceDir: string | null; consoleDir: string | null };
  documents: {
    /** Generated Berita Acara files and documentation photos. */
    dir: string;
    /** IANA zone forum dates are printed in. */
    timeZone: string;
    /** Minutes jobs: BullMQ workers in the hosted mode, the api's own process in the embedded mode. */
    queue: 'bullmq' | 'in-process';
    /** How often the minutes relay looks for versions not enqueued yet or whose job was lost; 10 s if unset. */
    relayMs?: number;
  };
  /** Follow-up tracking: days before a deadline an open action counts as due soon (ACCOUNTABILITY_LIMITS' when unset). */
  followUps?: { dueSoonDays: number };
  /** Reminder mails; none when unset (the console notifications still go out). */
  smtp?: SmtpSettings | null;
  /** Registration rate limits; DEFAULT_REGISTRATION_LIMITS when unset. */
  registrationLimits?: RegistrationLimitSettings;
  /** Periods in ms; tests shorten them. */
  tallyFlushMs: number;
}
