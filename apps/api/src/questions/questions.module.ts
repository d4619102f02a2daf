import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { ForumsModule } from '../forums/forums.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { QuestionModerationService } from './question-moderation.service';
import { QuestionVote } from './question-vote.entity';
import { Question } from './question.entity';
import { QuestionsGateway } from './questions.gateway';
import { QuestionsService } from './questions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Question, QuestionVote]), RealtimeModule, ForumsModule, AuditModule],
  providers: [QuestionsService, QuestionModerationService, QuestionsGateway],
  exports: [QuestionsService],
})
export class QuestionsModule {}
