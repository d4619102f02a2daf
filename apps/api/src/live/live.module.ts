import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module';
import { AuthModule } from '../auth/auth.module';
import { ConsensusModule } from '../consensus/consensus.module';
import { ForumsModule } from '../forums/forums.module';
import { ParticipantsModule } from '../participants/participants.module';
import { PollsModule } from '../polls/polls.module';
import { QuestionsModule } from '../questions/questions.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { SurveyModule } from '../survey/survey.module';
import { LiveAuthService } from './live-auth.service';
import { LiveGateway } from './live.gateway';
import { SnapshotService } from './snapshot.service';

@Module({
  imports: [AuthModule, ForumsModule, ParticipantsModule, QuestionsModule, AgendaModule, PollsModule, SpeakersModule, ConsensusModule, SurveyModule, RealtimeModule],
  providers: [LiveGateway, LiveAuthService, SnapshotService],
})
export class LiveModule {}
