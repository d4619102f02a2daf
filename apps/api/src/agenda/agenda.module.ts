import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ForumsModule } from '../forums/forums.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { AgendaGateway } from './agenda.gateway';
import { AgendaRepository } from './agenda.repository';
import { AgendaService } from './agenda.service';

@Module({
  imports: [RealtimeModule, ForumsModule, AuditModule],
  providers: [AgendaRepository, AgendaService, AgendaGateway],
  exports: [AgendaService],
})
export class AgendaModule {}
