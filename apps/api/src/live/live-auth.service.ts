import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AckError, ClientToServerEvents, ServerToClientEvents } from '@mufakat/contracts';
import { parse as parseCookies } from 'cookie';
import { isUUID } from 'class-validator';
import type { DefaultEventsMap, Socket } from 'socket.io';
import { AuthService, SESSION_COOKIE } from '../auth/auth.service';
import { OriginPolicy } from '../auth/origin-policy';
import { DomainError } from '../common/domain-error';
import { knownError } from '../common/known-error';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumsRepository } from '../forums/forums.repository';
import { ParticipantsService } from '../participants/participants.service';
import { staffSocketRooms } from '../realtime/forum-broadcaster.service';
import type { LiveSession, LiveSocketData } from './live-session';

export interface HandshakeLike {
  auth: Record<string, unknown>;
  headers: { cookie?: string; origin?: string; host?: string; [name: string]: string | string[] | undefined };
}

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, DefaultEventsMap, LiveSocketData>;
type StaffLiveSession = Extract<LiveSession, { kind: 'staff' }>;

/** Settles who a connecting socket is: an attendee (token), the projector (view key) or staff (session cookie). */
@Injectable()
export class LiveAuthService {
  private readonly logger = new Logger(LiveAuthService.name);

  constructor(
    @Inject(ForumsRepository) private readonly forums: ForumsRepository,
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(OriginPolicy) private readonly origins: OriginPolicy,
  ) {}

  async authenticate(handshake: HandshakeLike): Promise<LiveSession> {
    const { forumId, attendeeToken, projectorKey } = handshake.auth ?? {};
    if (typeof forumId !== 'string' || !isUUID(forumId)) throw new DomainError('VALIDATION_FAILED', 'auth.forumId must be a forum id');
    if (typeof attendeeToken === 'string') {
      const participant = await this.participants.authenticate(forumId, attendeeToken);
      if (!participant) throw knownError('unknownAttendee');
      if (participant.voided) throw knownError('attendeeVoided');
      return { kind: 'attendee', forumId, participantId: participant.participantId };
    }
    if (typeof projectorKey === 'string') {
      const expected = await this.forums.projectorKey(forumId);
      if (expected === null || !sameSecret(expected, projectorKey)) throw knownError('invalidProjectorLink');
      return { kind: 'projector', forumId };
    }
    // The cookie rides along with any page's socket (WebSockets have no CORS): only our own pages may use it.
    const refusal = this.origins.refusal(handshake.headers, this.schemeOf(handshake.headers), { requireHeader: false });
    if (refusal) throw new DomainError('FORBIDDEN', refusal);
    const cookie = parseCookies(handshake.headers.cookie ?? '')[SESSION_COOKIE];
    const staff = await this.auth.resolveSession(cookie);
    if (!staff) throw new DomainError('UNAUTHENTICATED', 'No attendee token, projector key or staff session');
    const role = await this.access.roleOf(forumId, staff.user.id);
    if (!role) throw knownError('notForumStaff');
    return { kind: 'staff', forumId, userId: staff.user.id, name: staff.user.name, role, sessionId: staff.sessionId };
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
