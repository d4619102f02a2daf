import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNTABILITY_LIMITS } from '@mufakat/contracts';
import { calendarDateIn, CLOCK, type Clock } from '../clock/clock';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';

/** "Today" and a forum's date as calendar dates in the server's zone, from the injected clock. */
@Injectable()
export class FollowUpCalendar {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  today(): string {
    return calendarDateIn(this.clock.now(), this.config.documents.timeZone);
  }

  dateOf(instant: Date): string {
    return calendarDateIn(instant, this.config.documents.timeZone);
  }

  get timeZone(): string {
    return this.config.documents.timeZone;
  }

  get dueSoonDays(): number {
    return this.config.followUps?.dueSoonDays ?? ACCOUNTABILITY_LIMITS.dueSoonDays;
  }
}
