import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AgendaItem } from './agenda-item.entity';
import { ForumAccessService } from './forum-access.service';
import { ForumMember } from './forum-member.entity';
import { Forum } from './forum.entity';
import { ForumsController } from './forums.controller';
import { ForumsService } from './forums.service';

@Module({
  imports: [TypeOrmModule.forFeature([Forum, AgendaItem, ForumMember]), AuthModule, AuditModule],
  controllers: [ForumsController],
  providers: [ForumsService, ForumAccessService],
  exports: [ForumAccessService],
})
export class ForumsModule {}
