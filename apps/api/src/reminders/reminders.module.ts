import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { FollowUpReminders } from '@mufakat/minutes';
import { CLOCK } from '../clock/clock';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { AuthModule } from '../auth/auth.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { followUpRemindersFactory, RemindersService } from './reminders.service';

/** Follow-up reminders: run in-process in the embedded mode (the worker runs them when hosted), and their notifications. */
@Module({
  imports: [AuthModule],
  controllers: [NotificationsController],
  providers: [
    // The worker's class, run here on an interval in the embedded mode, as the documents module runs the generator.
    { provide: FollowUpReminders, inject: [getDataSourceToken(), RUNTIME_CONFIG, CLOCK], useFactory: followUpRemindersFactory },
    RemindersService,
    NotificationsRepository,
  ],
  exports: [RemindersService],
})
export class RemindersModule {}
