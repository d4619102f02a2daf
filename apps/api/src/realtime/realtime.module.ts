import { Module } from '@nestjs/common';
import { ForumBroadcaster } from './forum-broadcaster.service';

@Module({ providers: [ForumBroadcaster], exports: [ForumBroadcaster] })
export class RealtimeModule {}
