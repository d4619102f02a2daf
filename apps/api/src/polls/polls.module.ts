import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { ForumsModule } from '../forums/forums.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { PollsGateway } from './polls.gateway';
import { PollsRepository } from './polls.repository';
import { PollsService } from './polls.service';
import { Poll, PollAnswer } from '@mufakat/persistence';

@Module({
  imports: [TypeOrmModule.forFeature([Poll, PollAnswer]), RealtimeModule, ForumsModule, AuditModule],
  providers: [PollsRepository, PollsService, PollsGateway],
  exports: [PollsService],
})
export class PollsModule {}
