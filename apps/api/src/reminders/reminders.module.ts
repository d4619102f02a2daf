import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { RemindersService } from './reminders.service';

/** Follow-up reminders: run in-process in the embedded mode (the worker runs them when hosted), and their notifications. */
@Module({
  imports: [AuthModule],
  controllers: [NotificationsController],
  providers: [RemindersService, NotificationsRepository],
  exports: [RemindersService],
})
export class RemindersModule {}
