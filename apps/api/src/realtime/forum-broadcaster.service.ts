import { Inject, Injectable } from '@nestjs/common';
import {
  forumProjectorRoom,
  forumRoom,
  forumStaffRoom,
  LiveEvent,
  participantRoom,
  type AttendanceCounts,
  type ClientToServerEvents,
  type ForumChange,
  type MyQuestion,
  type ReactionBurst,
  type ServerToClientEvents,
  type SigningTask,
} from '@mufakat/contracts';
import type { Server } from 'socket.io';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';

export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents>;

/**
 * Rooms only the server uses, to find a staff user's sockets when their session ends or their place in a forum
 * changes; no event is ever sent to them. A staff socket joins all three (see staffSocketRooms).
 */
const staffSessionRoom = (sessionId: string): string => `staff-session:${sessionId}`;
const staffUserRoom = (userId: string): string => `staff-user:${userId}`;
const forumMemberRoom = (forumId: string, userId: string): string => `forum:${forumId}:member:${userId}`;

/** The cluster message (Socket.IO's server-side emit, through the Redis adapter) that an attendee was voided. */
const PARTICIPANT_VOIDED = 'participantVoided';

export function staffSocketRooms(session: { forumId: string; userId: string; sessionId: string }): string[] {
  return [staffSessionRoom(session.sessionId), staffUserRoom(session.userId), forumMemberRoom(session.forumId, session.userId)];
}

/** The only place that sends to sockets: numbered changes to rooms, private updates, ephemeral bursts. It only sends. */
@Injectable()
export class ForumBroadcaster {
  private server: LiveServer | null = null;
  private readonly voidedListeners: Array<(participantId: string) => void> = [];

  constructor(@Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig) {}

  attach(server: LiveServer): void {
    this.server = server;
    server.on(PARTICIPANT_VOIDED, (participantId: unknown) => {
      if (typeof participantId === 'string') this.notifyVoided(participantId);
    });
  }

  /** Hears of every voided attendee, on this replica or another. */
  onParticipantVoided(listener: (participantId: string) => void): void {
    this.voidedListeners.push(listener);
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

  /** Unnumbered: the room's counts, to the projector and staff (attendees' phones do not show them). */
  sendAttendance(forumId: string, attendance: AttendanceCounts): void {
    this.server?.to([forumProjectorRoom(forumId), forumStaffRoom(forumId)]).emit(LiveEvent.attendance, attendance);
  }

  /** Ephemeral: to the projector and staff only. */
  sendReactions(forumId: string, burst: ReactionBurst): void {
    this.server?.to([forumProjectorRoom(forumId), forumStaffRoom(forumId)]).emit(LiveEvent.reactions, burst);
  }

  /** Disconnects the sockets of one staff session (logged out); on every replica. */
  dropStaffSession(sessionId: string): void {
    this.drop([staffSessionRoom(sessionId)]);
  }

  /** Disconnects a staff user's sockets but those of one session (the password changed there). */
  dropStaffUser(userId: string, exceptSessionId: string): void {
    this.drop([staffUserRoom(userId)], [staffSessionRoom(exceptSessionId)]);
  }

  /**
   * Disconnects a staff member's sockets in one forum: removed from it, or given another role. Clients reconnect by
   * themselves; the handshake then refuses the removed and gives the others a snapshot for their new role.
   */
  dropForumMember(forumId: string, userId: string): void {
    this.drop([forumMemberRoom(forumId, userId)]);
  }

  /**
   * Tells every replica an attendee was voided (this one first, before its sockets go), then disconnects their
   * sockets; the handshake then refuses their token.
   */
  dropParticipant(participantId: string): void {
    this.notifyVoided(participantId);
    // Without Redis there is no other replica to tell (and the in-memory adapter only warns).
    if (this.config.redisUrl) this.server?.serverSideEmit(PARTICIPANT_VOIDED, participantId);
    this.drop([participantRoom(participantId)]);
  }

  private notifyVoided(participantId: string): void {
    for (const listener of this.voidedListeners) listener(participantId);
  }

  /**
   * This replica's sockets first: the Redis adapter only publishes a disconnect request and acts on it when it comes
   * back, so during a Redis outage nobody would be dropped. The other replicas hear the same request when Redis is up
   * (and their per-event session check stops a socket whose request was lost).
   */
  private drop(rooms: string[], except: string[] = []): void {
    if (!this.server) return;
    this.server.local.in(rooms).except(except).disconnectSockets();
    this.server.in(rooms).except(except).disconnectSockets();
  }
}
