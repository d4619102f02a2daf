import { Inject, Logger, UseFilters } from '@nestjs/common';
import { MessageBody, OnGatewayConnection, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import {
  forumProjectorRoom,
  forumRoom,
  forumStaffRoom,
  LiveEvent,
  participantRoom,
  type Ack,
  type ClientToServerEvents,
  type ForumSnapshot,
  type ServerToClientEvents,
} from '@mufakat/contracts';
import type { DefaultEventsMap, Socket } from 'socket.io';
import { DomainError } from '../common/domain-error';
import { LiveRateLimit } from '../limits/live-rate-limit.guard';
import { LIVE_RATE_LIMITS } from '../limits/live-rate-limits';
import { ForumBroadcaster, type LiveServer } from '../realtime/forum-broadcaster.service';
import { SyncDto } from './dto/sync.dto';
import { ok } from './live-ack';
import { LiveAuthService } from './live-auth.service';
import { LIVE_GATEWAY_OPTIONS } from './live-gateway.options';
import { LivePayloadPipe } from './live-payload.pipe';
import { CurrentSession } from './live-session.decorator';
import type { LiveSession, LiveSocketData } from './live-session';
import { SnapshotService } from './snapshot.service';
import { WsAckFilter } from './ws-ack.filter';
import type { LiveHandlers } from './live-handler';

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, DefaultEventsMap, LiveSocketData>;

const KNOWN_EVENTS = new Set<string>(Object.values(LiveEvent));

/** Socket middleware, one function for every socket: an unknown event is answered NOT_FOUND and goes no further. */
function refuseUnknownEvents([event, ...args]: [string, ...unknown[]], next: (error?: Error) => void): void {
  if (KNOWN_EVENTS.has(event)) return next();
  const ack = args[args.length - 1];
  if (typeof ack === 'function') (ack as (reply: unknown) => void)({ ok: false, error: { code: 'NOT_FOUND', message: `Unknown event "${event}"` } });
}

/**
 * The connection edge: authenticates the handshake, joins the socket to its rooms and serves snapshots.
 * Feature gateways (questions, polls, agenda, …) share the same Socket.IO server.
 */
@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseFilters(WsAckFilter)
export class LiveGateway implements OnGatewayInit<LiveServer>, OnGatewayConnection<LiveSocket>, LiveHandlers<'sync'> {
  private readonly logger = new Logger(LiveGateway.name);

  constructor(
    @Inject(LiveAuthService) private readonly auth: LiveAuthService,
    @Inject(SnapshotService) private readonly snapshots: SnapshotService,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
  ) {}

  afterInit(server: LiveServer): void {
    this.broadcaster.attach(server);
    server.use((socket, next) => {
      this.auth
        .authenticate({ auth: socket.handshake.auth, headers: socket.handshake.headers, request: socket.request })
        .then(({ session, registered }) => {
          const data = socket.data as LiveSocketData;
          data.session = session;
          if (registered) data.registered = registered;
          next();
        })
        .catch((error: unknown) => {
          const refusal = error instanceof DomainError ? error.toAckError() : { code: 'INTERNAL', message: 'Could not check the connection' };
          if (!(error instanceof DomainError)) this.logger.error(error instanceof Error ? error.stack : String(error));
          next(Object.assign(new Error(refusal.message), { data: refusal }));
        });
    });
  }

  handleConnection(socket: LiveSocket): void {
    const { session, registered } = socket.data;
    if (registered) {
      // Before anything else reaches the phone, and then forgotten: every connection holds its socket.data.
      socket.emit(LiveEvent.registered, registered);
      delete socket.data.registered;
    }
    const rooms = [forumRoom(session.forumId)];
    if (session.kind === 'staff') rooms.push(forumStaffRoom(session.forumId));
    if (session.kind === 'projector') rooms.push(forumProjectorRoom(session.forumId));
    if (session.kind === 'attendee') rooms.push(participantRoom(session.participantId));
    void socket.join(rooms);
    this.auth.watchStaffSocket(socket);
    // The handshake's HTTP request is no longer needed (its headers were copied into socket.handshake). Dropped,
    // it is freed for a long-polling socket; a WebSocket's stays reachable from ws until it closes (bench/README.md).
    (socket.conn as unknown as { request: unknown }).request = null;
    socket.use(refuseUnknownEvents);
  }

  @SubscribeMessage(LiveEvent.sync)
  @LiveRateLimit(LIVE_RATE_LIMITS.sync)
  async sync(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) _: SyncDto): Promise<Ack<ForumSnapshot>> {
    return ok(await this.snapshots.build(session));
  }
}
