import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ForumsModule } from '../forums/forums.module';
import { ParticipantsModule } from '../participants/participants.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { LiveAuthService } from './live-auth.service';
import { LiveGateway } from './live.gateway';
import { SnapshotRepository } from './snapshot.repository';
import { SnapshotService } from './snapshot.service';

/** The connection edge and the snapshot; the features register their parts of it through RealtimeModule. */
@Module({
  imports: [AuthModule, ForumsModule, ParticipantsModule, RealtimeModule],
  providers: [LiveGateway, LiveAuthService, SnapshotRepository, SnapshotService],
})
export class LiveModule {}
