import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AckError, ClientToServerEvents, RegisterParticipantResponse, ServerToClientEvents } from '@mufakat/contracts';
import { parse as parseCookies } from 'cookie';
import { isUUID } from 'class-validator';
import type { DefaultEventsMap, Socket } from 'socket.io';
import { AuthService, SESSION_COOKIE } from '../auth/auth.service';
import { OriginPolicy } from '../auth/origin-policy';
import { DomainError } from '../common/domain-error';
import { knownError } from '../common/known-error';
import { isPlainObject, plainInputProblems } from '../common/plain-input';
import { createValidationPipe, invalidRequest } from '../common/validation';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { clientAddressReader, trustedProxiesOf } from '../config/trust-proxy';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumsRepository } from '../forums/forums.repository';
import { RegisterParticipantDto } from '../participants/dto/register-participant.dto';
import { ParticipantsService } from '../participants/participants.service';
import { staffSocketRooms } from '../realtime/forum-broadcaster.service';
import type { LiveSession, LiveSocketData } from './live-session';

export interface HandshakeLike {
  auth: Record<string, unknown>;
  headers: { cookie?: string; origin?: string; host?: string; [name: string]: string | string[] | undefined };
  /** The handshake's request: a registration is counted against its client address. */
  request: IncomingMessage;
}

/** Who a socket is, and for one that registered in its handshake, what to tell it once it is connected. */
export interface LiveAdmission {
  session: LiveSession;
  registered?: RegisterParticipantResponse;
}

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, DefaultEventsMap, LiveSocketData>;
type StaffLiveSession = Extract<LiveSession, { kind: 'staff' }>;

/**
 * Settles who a connecting socket is: an attendee (token, or a registration with the join code), the projector
 * (view key) or staff (session cookie).
 */
@Injectable()
export class LiveAuthService {
  private readonly logger = new Logger(LiveAuthService.name);
  private readonly validation = createValidationPipe();
  private readonly clientAddress: (req: IncomingMessage) => string;

  constructor(
    @Inject(ForumsRepository) private readonly forums: ForumsRepository,
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(OriginPolicy) private readonly origins: OriginPolicy,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    this.clientAddress = clientAddressReader(trustedProxiesOf(config));
  }

  async authenticate(handshake: HandshakeLike): Promise<LiveAdmission> {
    const { forumId, attendeeToken, projectorKey, joinCode, registration } = handshake.auth ?? {};
    if (typeof forumId !== 'string' || !isUUID(forumId)) throw new DomainError('VALIDATION_FAILED', 'auth.forumId must be a forum id');
    if (typeof attendeeToken === 'string') {
      const participant = await this.participants.authenticate(forumId, attendeeToken);
      if (!participant) throw knownError('unknownAttendee');
      if (participant.voided) throw knownError('attendeeVoided');
      return { session: { kind: 'attendee', forumId, participantId: participant.participantId } };
    }
    if (joinCode !== undefined || registration !== undefined) return this.register(forumId, joinCode, registration, handshake.request);
    if (typeof projectorKey === 'string') {
      const expected = await this.forums.projectorKey(forumId);
      if (expected === null || !sameSecret(expected, projectorKey)) throw knownError('invalidProjectorLink');
      return { session: { kind: 'projector', forumId } };
    }
    // The cookie rides along with any page's socket (WebSockets have no CORS): only our own pages may use it.
    const refusal = this.origins.refusal(handshake.headers, this.schemeOf(handshake.headers), { requireHeader: false });
    if (refusal) throw new DomainError('FORBIDDEN', refusal);
    const cookie = parseCookies(handshake.headers.cookie ?? '')[SESSION_COOKIE];
    const staff = await this.auth.resolveSession(cookie);
    if (!staff) throw new DomainError('UNAUTHENTICATED', 'No attendee token, projector key or staff session');
    const role = await this.access.roleOf(forumId, staff.user.id);
    if (!role) throw knownError('notForumStaff');
    return { session: { kind: 'staff', forumId, userId: staff.user.id, name: staff.user.name, role, sessionId: staff.sessionId } };
  }

  /**
   * A registration in the handshake, validated, limited and written as the registration request's is. The join
   * code must name the forum asked for before anything is written, so a refusal leaves nothing behind.
   */
  private async register(forumId: string, joinCode: unknown, registration: unknown, request: IncomingMessage): Promise<LiveAdmission> {
    if (typeof joinCode !== 'string' || joinCode === '' || plainInputProblems(joinCode).length > 0) {
      throw invalidRequest(['auth.joinCode must be the join code of the forum']);
    }
    if (!isPlainObject(registration)) throw invalidRequest(['auth.registration must be an object']);
    const dto = (await this.validation.transform(registration, { type: 'body', metatype: RegisterParticipantDto })) as RegisterParticipantDto;
    const forum = await this.participants.joinInfo(joinCode);
    if (forum.forumId !== forumId) throw knownError('joinCodeUnknown', { message: `The join code "${joinCode}" is not this forum's` });
    const registered = await this.participants.register(joinCode, dto, this.clientAddress(request));
    return { session: { kind: 'attendee', forumId, participantId: registered.participant.id }, registered };
  }

  /**
   * For a staff socket: joins the rooms that find it when its session ends or its member changes (so it can be
   * dropped from any replica), and checks before every event that its session is still on and its role unchanged.
   * A socket that fails is answered and disconnected; the client reconnects and the handshake decides again, which
   * gives a member whose role changed a fresh snapshot for the new role.
   */
  watchStaffSocket(socket: LiveSocket): void {
    const session = socket.data.session;
    if (session.kind !== 'staff') return;
    void socket.join(staffSocketRooms(session));
    socket.use(([, ...args], next) => {
      this.staleness(session).then(
        (problem) => {
          if (!problem) return next();
          answer(args, problem);
          socket.disconnect();
        },
        (error: unknown) => {
          this.logger.error(error instanceof Error ? error.stack : String(error));
          answer(args, { code: 'INTERNAL', message: 'Could not check your session; try again' });
        },
      );
    });
  }

  private async staleness(session: StaffLiveSession): Promise<AckError | null> {
    const [live, role] = await Promise.all([this.auth.isSessionLive(session.sessionId), this.access.roleOf(session.forumId, session.userId)]);
    if (!live) return { code: 'UNAUTHENTICATED', message: 'Your session has ended; please log in again' };
    if (!role) return { code: 'FORBIDDEN', message: 'You are no longer staff of this forum' };
    if (role !== session.role) return { code: 'FORBIDDEN', message: `Your role in this forum is now ${role}; reconnecting` };
    return null;
  }

  /**
   * How the handshake reached the api. A proxy's X-Forwarded-Proto is taken at its word: it only decides which
   * origin counts as the api's own, and no page can set that header on a WebSocket (a script or curl could, but
   * they carry no victim's cookie).
   */
  private schemeOf(headers: HandshakeLike['headers']): string {
    const forwarded = headers['x-forwarded-proto'];
    return (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim() || 'http';
  }
}

function answer(args: unknown[], error: AckError): void {
  const ack = args[args.length - 1];
  if (typeof ack === 'function') (ack as (reply: unknown) => void)({ ok: false, error });
}

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
