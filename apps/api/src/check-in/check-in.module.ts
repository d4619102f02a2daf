import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ForumsModule } from '../forums/forums.module';
import { ParticipantsModule } from '../participants/participants.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { AttendeeVoidService } from './attendee-void.service';
import { CheckInGateway } from './check-in.gateway';
import { CheckInRepository } from './check-in.repository';
import { CheckInService } from './check-in.service';

/** Who is really present: room check-in, staff confirmation and voiding. */
@Module({
  imports: [RealtimeModule, ForumsModule, AuditModule, ParticipantsModule],
  providers: [CheckInRepository, CheckInService, AttendeeVoidService, CheckInGateway],
})
export class CheckInModule {}
