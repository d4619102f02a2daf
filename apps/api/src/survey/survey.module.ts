import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ForumsModule } from '../forums/forums.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { SurveyGateway } from './survey.gateway';
import { SurveyService } from './survey.service';

@Module({
  imports: [RealtimeModule, ForumsModule, AuditModule],
  providers: [SurveyService, SurveyGateway],
  exports: [SurveyService],
})
export class SurveyModule {}
