import { Inject, Logger, UseFilters } from '@nestjs/common';
import {
  MessageBody,
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import {
  forumRoom,
  forumStaffRoom,
  LiveEvent,
  participantRoom,
  type Ack,
  type ClientToServerEvents,
  type ForumSnapshot,
  type ModerationQuestion,
  type MyQuestion,
  type ServerToClientEvents,
  type SetCurrentAgendaResult,
  type UpvoteResult,
} from '@mufakat/contracts';
import type { DefaultEventsMap, Socket } from 'socket.io';
import { AgendaService } from '../agenda/agenda.service';
import { DomainError } from '../common/domain-error';
import { QuestionsService } from '../questions/questions.service';
import { ForumBroadcaster, type LiveServer } from '../realtime/forum-broadcaster.service';
import { AskQuestionDto } from './dto/ask-question.dto';
import { ModerateQuestionDto } from './dto/moderate-question.dto';
import { SetCurrentAgendaDto } from './dto/set-current-agenda.dto';
import { SyncDto } from './dto/sync.dto';
import { UpvoteDto } from './dto/upvote.dto';
import { LiveAuthService } from './live-auth.service';
import { LivePayloadPipe } from './live-payload.pipe';
import { CurrentSession, requireAttendee, requireStaff } from './live-session.decorator';
import type { LiveSession, LiveSocketData } from './live-session';
import { SnapshotService } from './snapshot.service';
import { WsAckFilter } from './ws-ack.filter';

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, DefaultEventsMap, LiveSocketData>;

const KNOWN_EVENTS = new Set<string>(Object.values(LiveEvent));
/** Socket payloads are small; anything bigger is refused by Socket.IO before parsing. */
export const MAX_SOCKET_PAYLOAD_BYTES = 16 * 1024;

const ok = <T>(data: T): Ack<T> => ({ ok: true, data });

/** Thin edge: authenticate the handshake, join rooms, validate payloads, delegate, acknowledge. */
@WebSocketGateway({ maxHttpBufferSize: MAX_SOCKET_PAYLOAD_BYTES, perMessageDeflate: false, serveClient: false })
@UseFilters(WsAckFilter)
export class LiveGateway implements OnGatewayInit<LiveServer>, OnGatewayConnection<LiveSocket> {
  private readonly logger = new Logger(LiveGateway.name);

  constructor(
    @Inject(LiveAuthService) private readonly auth: LiveAuthService,
    @Inject(SnapshotService) private readonly snapshots: SnapshotService,
    @Inject(QuestionsService) private readonly questions: QuestionsService,
    @Inject(AgendaService) private readonly agenda: AgendaService,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
  ) {}

  afterInit(server: LiveServer): void {
    this.broadcaster.attach(server);
    server.use((socket, next) => {
      this.auth
        .authenticate({ auth: socket.handshake.auth, headers: socket.handshake.headers })
        .then((session) => {
          (socket.data as LiveSocketData).session = session;
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
    const session = socket.data.session;
    void socket.join(forumRoom(session.forumId));
    if (session.kind === 'staff') void socket.join(forumStaffRoom(session.forumId));
    if (session.kind === 'attendee') void socket.join(participantRoom(session.participantId));
    socket.use(([event, ...args], next) => {
      if (KNOWN_EVENTS.has(event)) return next();
      const ack = args[args.length - 1];
      if (typeof ack === 'function') ack({ ok: false, error: { code: 'NOT_FOUND', message: `Unknown event "${event}"` } });
    });
  }

  @SubscribeMessage(LiveEvent.sync)
  async sync(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) _: SyncDto): Promise<Ack<ForumSnapshot>> {
    return ok(await this.snapshots.build(session));
  }

  @SubscribeMessage(LiveEvent.ask)
  async ask(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: AskQuestionDto): Promise<Ack<MyQuestion>> {
    const attendee = requireAttendee(session);
    return ok(await this.questions.ask(attendee.forumId, attendee.participantId, dto));
  }

  @SubscribeMessage(LiveEvent.upvote)
  async upvote(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: UpvoteDto): Promise<Ack<UpvoteResult>> {
    const attendee = requireAttendee(session);
    return ok(await this.questions.upvote(attendee.forumId, attendee.participantId, dto));
  }

  @SubscribeMessage(LiveEvent.moderate)
  async moderate(
    @CurrentSession() session: LiveSession,
    @MessageBody(LivePayloadPipe) dto: ModerateQuestionDto,
  ): Promise<Ack<ModerationQuestion>> {
    const staff = requireStaff(session);
    return ok(await this.questions.moderate(staff.forumId, staff.userId, dto));
  }

  @SubscribeMessage(LiveEvent.setCurrentAgenda)
  async setCurrentAgenda(
    @CurrentSession() session: LiveSession,
    @MessageBody(LivePayloadPipe) dto: SetCurrentAgendaDto,
  ): Promise<Ack<SetCurrentAgendaResult>> {
    const staff = requireStaff(session);
    return ok(await this.agenda.setCurrent(staff.forumId, staff.userId, dto.agendaItemId));
  }
}
