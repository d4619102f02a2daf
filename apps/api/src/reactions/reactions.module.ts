import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module';
import { ReactionsGateway } from './reactions.gateway';
import { ReactionsService } from './reactions.service';

@Module({ imports: [RealtimeModule], providers: [ReactionsService, ReactionsGateway] })
export class ReactionsModule {}
