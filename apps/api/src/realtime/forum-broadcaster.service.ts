import { Injectable } from '@nestjs/common';
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

export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents>;

/** The only place that sends to sockets: numbered changes to rooms, private updates, ephemeral bursts. It only sends. */
@Injectable()
export class ForumBroadcaster {
  private server: LiveServer | null = null;

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
}
