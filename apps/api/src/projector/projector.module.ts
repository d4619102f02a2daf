import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ForumsModule } from '../forums/forums.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { ProjectorGateway } from './projector.gateway';
import { ProjectorRepository } from './projector.repository';
import { ProjectorService } from './projector.service';

@Module({ imports: [RealtimeModule, ForumsModule, AuditModule], providers: [ProjectorRepository, ProjectorService, ProjectorGateway] })
export class ProjectorModule {}
