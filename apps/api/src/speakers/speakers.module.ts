import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { ForumsModule } from '../forums/forums.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { SpeakersGateway } from './speakers.gateway';
import { SpeakersService } from './speakers.service';
import { SpeakerRequest } from '@mufakat/persistence';

@Module({
  imports: [TypeOrmModule.forFeature([SpeakerRequest]), RealtimeModule, ForumsModule, AuditModule],
  providers: [SpeakersService, SpeakersGateway],
  exports: [SpeakersService],
})
export class SpeakersModule {}
