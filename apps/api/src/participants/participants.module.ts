import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module';
import { AttendeeRevocations } from './attendee-revocations';
import { JoinController } from './join.controller';
import { JoinQrService } from './join-qr.service';
import { ParticipantsRepository } from './participants.repository';
import { ParticipantsService } from './participants.service';
import { RegistrationLimits } from './registration-limits';

@Module({
  imports: [RealtimeModule],
  controllers: [JoinController],
  providers: [ParticipantsRepository, ParticipantsService, JoinQrService, RegistrationLimits, AttendeeRevocations],
  exports: [ParticipantsService, ParticipantsRepository, JoinQrService],
})
export class ParticipantsModule {}
