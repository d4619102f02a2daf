import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { FOLLOW_UP_REMINDERS_EVERY_MS, FOLLOW_UP_REMINDERS_QUEUE, FollowUpReminders, type ReminderRun } from '@mufakat/minutes';
import type { Queue } from 'bullmq';

/**
 * Thin adapter: the reminders' repeatable job (one scheduler in Redis, however many workers start) runs the same
 * FollowUpReminders the embedded mode runs on an interval.
 */
@Processor(FOLLOW_UP_REMINDERS_QUEUE)
export class FollowUpRemindersProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(FollowUpRemindersProcessor.name);

  constructor(
    @Inject(FollowUpReminders) private readonly reminders: FollowUpReminders,
    @InjectQueue(FOLLOW_UP_REMINDERS_QUEUE) private readonly queue: Queue,
  ) {
    super();
    queue.on('error', (error) => this.onError(error));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'follow-up-reminders',
      { every: FOLLOW_UP_REMINDERS_EVERY_MS },
      { name: 'run', opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  async process(): Promise<ReminderRun> {
    const run = await this.reminders.run();
    if (run.flagged > 0) this.logger.log(`Follow-up reminders: ${run.flagged} actions flagged, ${run.mailed} mails sent`);
    return run;
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Follow-up reminders queue: ${error.message}`);
  }
}
