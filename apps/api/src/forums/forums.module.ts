import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { ForumAccessService } from './forum-access.service';
import { ForumsController } from './forums.controller';
import { ForumsService } from './forums.service';
import { AgendaItem, Forum, ForumMember } from '@mufakat/persistence';

@Module({
  imports: [TypeOrmModule.forFeature([Forum, AgendaItem, ForumMember]), AuthModule, AuditModule],
  controllers: [ForumsController],
  providers: [ForumsService, ForumAccessService],
  exports: [ForumAccessService],
})
export class ForumsModule {}
