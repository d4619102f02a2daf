import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { ForumAccessService } from './forum-access.service';
import { ForumsController } from './forums.controller';
import { ForumsRepository } from './forums.repository';
import { ForumsService } from './forums.service';

@Module({
  imports: [AuthModule, AuditModule, RealtimeModule],
  controllers: [ForumsController],
  providers: [ForumsService, ForumsRepository, ForumAccessService],
  exports: [ForumAccessService, ForumsRepository],
})
export class ForumsModule {}
