import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ForumsModule } from '../forums/forums.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { SpeakersGateway } from './speakers.gateway';
import { SpeakersRepository } from './speakers.repository';
import { SpeakersService } from './speakers.service';

@Module({
  imports: [RealtimeModule, ForumsModule, AuditModule],
  providers: [SpeakersRepository, SpeakersService, SpeakersGateway],
  exports: [SpeakersService],
})
export class SpeakersModule {}
