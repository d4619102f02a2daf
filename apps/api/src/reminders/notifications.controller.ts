import { Controller, Get, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import type { NotificationsView } from '@mufakat/contracts';
import type { StaffUser } from '@mufakat/persistence';
import { CurrentStaff, StaffSessionGuard } from '../auth/staff-session.guard';
import { NotificationsRepository } from './notifications.repository';

/** The signed-in staff member's reminders: actions of their units due soon or overdue. */
@Controller('api/notifications')
@UseGuards(StaffSessionGuard)
export class NotificationsController {
  constructor(@Inject(NotificationsRepository) private readonly notifications: NotificationsRepository) {}

  @Get()
  list(@CurrentStaff() staff: StaffUser): Promise<NotificationsView> {
    return this.notifications.of(staff.id);
  }

  @Post('read')
  @HttpCode(204)
  async read(@CurrentStaff() staff: StaffUser): Promise<void> {
    await this.notifications.markRead(staff.id);
  }
}
