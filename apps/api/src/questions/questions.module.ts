import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { ForumsModule } from '../forums/forums.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { QuestionModerationService } from './question-moderation.service';
import { QuestionsGateway } from './questions.gateway';
import { QuestionsRepository } from './questions.repository';
import { QuestionsService } from './questions.service';
import { Question, QuestionVote } from '@mufakat/persistence';

@Module({
  imports: [TypeOrmModule.forFeature([Question, QuestionVote]), RealtimeModule, ForumsModule, AuditModule],
  providers: [QuestionsRepository, QuestionsService, QuestionModerationService, QuestionsGateway],
})
export class QuestionsModule {}
