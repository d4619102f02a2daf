import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { UnitsModule } from '../units/units.module';
import { FollowUpBoardService } from './follow-up-board.service';
import { FollowUpCalendar } from './follow-up-calendar.service';
import { FollowUpTracker } from './follow-up-tracker.service';
import { FollowUpsController } from './follow-ups.controller';
import { FollowUpsRepository } from './follow-ups.repository';

/** After the forum: every approved item's actions tracked to done by its unit (board, updates, evidence). */
@Module({
  imports: [AuthModule, AuditModule, UnitsModule, RealtimeModule],
  controllers: [FollowUpsController],
  providers: [FollowUpsRepository, FollowUpCalendar, FollowUpTracker, FollowUpBoardService],
  exports: [FollowUpTracker, FollowUpsRepository, FollowUpCalendar],
})
export class FollowUpsModule {}
