import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ForumsModule } from '../forums/forums.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { SurveyGateway } from './survey.gateway';
import { SurveyRepository } from './survey.repository';
import { SurveyService } from './survey.service';

@Module({
  imports: [RealtimeModule, ForumsModule, AuditModule],
  providers: [SurveyRepository, SurveyService, SurveyGateway],
  exports: [SurveyService],
})
export class SurveyModule {}
