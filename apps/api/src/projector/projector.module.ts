import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ForumsModule } from '../forums/forums.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { ProjectorGateway } from './projector.gateway';
import { ProjectorService } from './projector.service';

@Module({ imports: [RealtimeModule, ForumsModule, AuditModule], providers: [ProjectorService, ProjectorGateway] })
export class ProjectorModule {}
