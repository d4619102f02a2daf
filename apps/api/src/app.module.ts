import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgendaModule } from './agenda/agenda.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CheckInModule } from './check-in/check-in.module';
import { ClockModule } from './clock/clock.module';
import { ConsensusModule } from './consensus/consensus.module';
import type { RuntimeConfig } from './config/runtime-config';
import { RuntimeConfigModule } from './config/runtime-config.module';
import { openConnectionPool } from './database/connection-pool';
import { DocumentsModule } from './documents/documents.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { ForumsModule } from './forums/forums.module';
import { HealthModule } from './health/health.module';
import { LimitsModule } from './limits/limits.module';
import { LiveModule } from './live/live.module';
import { ParticipantsModule } from './participants/participants.module';
import { PollsModule } from './polls/polls.module';
import { PublicFollowUpsModule } from './public-follow-ups/public-follow-ups.module';
import { ProjectorModule } from './projector/projector.module';
import { QuestionsModule } from './questions/questions.module';
import { ReactionsModule } from './reactions/reactions.module';
import { RemindersModule } from './reminders/reminders.module';
import { RealtimeModule } from './realtime/realtime.module';
import { FkpReportsModule } from './reports/fkp-reports.module';
import { SpeakersModule } from './speakers/speakers.module';
import { SurveyModule } from './survey/survey.module';
import { VerificationModule } from './verification/verification.module';
import { dataSourceOptions, initializeDataSource } from '@mufakat/persistence';
import type { DataSourceOptions } from 'typeorm';

@Module({})
export class AppModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        RuntimeConfigModule.forRoot(config),
        ClockModule,
        LimitsModule.forRoot(config.redisUrl),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(config.databaseUrl, config.databasePoolSize),
          // Migrations run under an advisory lock, so replicas that start together take turns.
          dataSourceFactory: async (options) => {
            const dataSource = await initializeDataSource(options as DataSourceOptions);
            await openConnectionPool(dataSource, config.databasePoolSize);
            return dataSource;
          },
        }),
        AuditModule,
        AuthModule,
        ForumsModule,
        ParticipantsModule,
        QuestionsModule,
        PollsModule,
        AgendaModule,
        SpeakersModule,
        ConsensusModule,
        SurveyModule,
        CheckInModule,
        DocumentsModule.forRoot(config),
        FkpReportsModule.forRoot(config),
        VerificationModule,
        FollowUpsModule,
        PublicFollowUpsModule,
        RemindersModule,
        ReactionsModule,
        ProjectorModule,
        RealtimeModule,
        LiveModule,
        HealthModule,
      ],
    };
  }
}
