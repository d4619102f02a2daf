import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  forumProjectorRoom,
  forumRoom,
  forumStaffRoom,
  LiveEvent,
  participantRoom,
  type ClientToServerEvents,
  type ForumChange,
  type MyQuestion,
  type ReactionBurst,
  type ServerToClientEvents,
  type SigningTask,
} from '@mufakat/contracts';
import type { Server } from 'socket.io';
import { DataSource, In } from 'typeorm';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { stampPublic } from './forum-sequencer';
import { Coalescer } from './coalescer';
import { Question } from '@mufakat/persistence';

export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents>;

/** The only place that sends to sockets: numbered changes to rooms, private updates, coalesced tallies. */
@Injectable()
export class ForumBroadcaster implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ForumBroadcaster.name);
  private server: LiveServer | null = null;
  private readonly tallies: Coalescer;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    this.tallies = new Coalescer(
      config.tallyFlushMs,
      (forumId, ids) => this.flushTallies(forumId, ids),
      (error) => this.logger.error(`Tally flush failed: ${String(error)}`),
    );
  }

  attach(server: LiveServer): void {
    this.server = server;
  }

  /** Call after the transaction that stamped the changes has committed. */
  send(forumId: string, changes: ForumChange[]): void {
    if (!this.server) return;
    for (const change of changes) {
      const room = change.stream === 'public' ? forumRoom(forumId) : forumStaffRoom(forumId);
      this.server.to(room).emit(LiveEvent.changed, change);
    }
  }

  sendToParticipant(participantId: string, question: MyQuestion): void {
    this.server?.to(participantRoom(participantId)).emit(LiveEvent.myQuestion, question);
  }

  /** Private to a representative: the version they are asked to sign, or null when they no longer sign. */
  sendSigningTask(participantId: string, task: SigningTask | null): void {
    this.server?.to(participantRoom(participantId)).emit(LiveEvent.mySigning, task);
  }

  /** Ephemeral: to the projector and staff only. */
  sendReactions(forumId: string, burst: ReactionBurst): void {
    this.server?.to([forumProjectorRoom(forumId), forumStaffRoom(forumId)]).emit(LiveEvent.reactions, burst);
  }

  tallyChanged(forumId: string, questionId: string): void {
    this.tallies.add(forumId, questionId);
  }

  /** Before the sockets close, so the last tallies still reach the clients. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.tallies.drain();
  }

  private async flushTallies(forumId: string, questionIds: string[]): Promise<void> {
    const change = await this.db.transaction(async (manager) => {
      const rows = await manager.find(Question, {
        select: { id: true, upvoteCount: true },
        where: { forumId, id: In(questionIds), status: 'approved' },
      });
      if (rows.length === 0) return null;
      const upvotes = Object.fromEntries(rows.map((row) => [row.id, row.upvoteCount]));
      return stampPublic(manager, forumId, { type: 'tallies', upvotes });
    });
    if (change) this.send(forumId, [change]);
  }
}
