import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RealtimeModule } from '../realtime/realtime.module';
import { JoinController } from './join.controller';
import { JoinQrService } from './join-qr.service';
import { ParticipantsService } from './participants.service';
import { Participant } from '@mufakat/persistence';

@Module({
  imports: [TypeOrmModule.forFeature([Participant]), RealtimeModule],
  controllers: [JoinController],
  providers: [ParticipantsService, JoinQrService],
  exports: [ParticipantsService, JoinQrService],
})
export class ParticipantsModule {}
