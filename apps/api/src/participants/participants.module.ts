import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module';
import { AttendeeRevocations } from './attendee-revocations';
import { JoinController } from './join.controller';
import { JoinQrService } from './join-qr.service';
import { ParticipantsRepository } from './participants.repository';
import { ParticipantsService } from './participants.service';
import { RegistrationFastPath } from './registration-fast-path';
import { RegistrationLimits } from './registration-limits';

@Module({
  imports: [RealtimeModule],
  controllers: [JoinController],
  providers: [ParticipantsRepository, ParticipantsService, JoinQrService, RegistrationLimits, AttendeeRevocations, RegistrationFastPath],
  exports: [ParticipantsService, ParticipantsRepository, JoinQrService],
})
export class ParticipantsModule {}
