import { Module } from '@nestjs/common';
import { ForumBroadcaster } from './forum-broadcaster.service';
import { SnapshotParts } from './snapshot-parts.registry';
import { TallyRegistry } from './tally-registry.service';

/** Shared by every live feature: the one broadcaster, the one tally path and the snapshot's parts. */
@Module({ providers: [ForumBroadcaster, TallyRegistry, SnapshotParts], exports: [ForumBroadcaster, TallyRegistry, SnapshotParts] })
export class RealtimeModule {}
