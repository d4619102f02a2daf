import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { ForumsModule } from '../forums/forums.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { ConsensusGateway } from './consensus.gateway';
import { ConsensusRepository } from './consensus.repository';
import { ConsensusService } from './consensus.service';

@Module({
  imports: [RealtimeModule, ForumsModule, AuditModule, FollowUpsModule],
  providers: [ConsensusRepository, ConsensusService, ConsensusGateway],
  exports: [ConsensusService],
})
export class ConsensusModule {}
