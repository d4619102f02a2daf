import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ACCOUNTABILITY_LIMITS } from '@mufakat/contracts';
import { FOLLOW_UP_REMINDERS_EVERY_MS, FollowUpReminders, smtpMailer, type ReminderRun } from '@mufakat/minutes';
import type { DataSource } from 'typeorm';
import type { Clock } from '../clock/clock';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';

const FIRST_PASS_AFTER_MS = 60_000;

/** The worker's FollowUpReminders, made for the api's process: its database, the injected clock, the SMTP settings. */
export function followUpRemindersFactory(db: DataSource, config: RuntimeConfig, clock: Clock): FollowUpReminders {
  const logger = new Logger(RemindersService.name);
  return new FollowUpReminders(db, {
    timeZone: config.documents.timeZone,
    dueSoonDays: config.followUps?.dueSoonDays ?? ACCOUNTABILITY_LIMITS.dueSoonDays,
    publicUrl: config.publicUrl,
    now: () => clock.now(),
    mailer: config.smtp ? smtpMailer(config.smtp) : null,
    log: (message) => logger.warn(message),
  });
}

/**
 * Follow-up reminders in the api's own process, on an interval, when there is no worker (the embedded mode); the
 * hosted mode's worker runs the same FollowUpReminders from a BullMQ repeatable job. Reads the injected clock.
 */
@Injectable()
export class RemindersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RemindersService.name);
  private first: NodeJS.Timeout | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<ReminderRun> | null = null;

  constructor(
    @Inject(FollowUpReminders) private readonly reminders: FollowUpReminders,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.documents.queue !== 'in-process') return;
    const pass = () => void this.run().catch((error: Error) => this.logger.warn(`Reminders: ${error.message}`));
    // A laptop started for the day gets its first pass soon, not an hour later.
    this.first = setTimeout(pass, FIRST_PASS_AFTER_MS);
    this.timer = setInterval(pass, FOLLOW_UP_REMINDERS_EVERY_MS);
    this.first.unref();
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.first) clearTimeout(this.first);
    if (this.timer) clearInterval(this.timer);
  }

  /** One pass; a pass already under way is joined, not doubled. */
  run(): Promise<ReminderRun> {
    this.running ??= this.reminders.run().finally(() => (this.running = null));
    return this.running;
  }
}
