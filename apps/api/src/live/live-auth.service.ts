import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { parse as parseCookies } from 'cookie';
import { isUUID } from 'class-validator';
import { AuthService, SESSION_COOKIE } from '../auth/auth.service';
import { DomainError } from '../common/domain-error';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumsRepository } from '../forums/forums.repository';
import { ParticipantsRepository } from '../participants/participants.repository';
import type { LiveSession } from './live-session';

export interface HandshakeLike {
  auth: Record<string, unknown>;
  headers: { cookie?: string };
}

/** Settles who a connecting socket is: an attendee (token), the projector (view key) or staff (session cookie). */
@Injectable()
export class LiveAuthService {
  constructor(
    @Inject(ForumsRepository) private readonly forums: ForumsRepository,
    @Inject(ParticipantsRepository) private readonly participants: ParticipantsRepository,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
  ) {}

  async authenticate(handshake: HandshakeLike): Promise<LiveSession> {
    const { forumId, attendeeToken, projectorKey } = handshake.auth ?? {};
    if (typeof forumId !== 'string' || !isUUID(forumId)) throw new DomainError('VALIDATION_FAILED', 'auth.forumId must be a forum id');
    if (typeof attendeeToken === 'string') {
      const participant = await this.participants.findByToken(forumId, attendeeToken);
      if (!participant) throw new DomainError('UNAUTHENTICATED', 'Unknown attendee token; please register again');
      return { kind: 'attendee', forumId, participantId: participant.id, name: participant.name };
    }
    if (typeof projectorKey === 'string') {
      const expected = await this.forums.projectorKey(forumId);
      if (expected === null || !sameSecret(expected, projectorKey)) throw new DomainError('FORBIDDEN', 'Invalid projector link');
      return { kind: 'projector', forumId };
    }
    const cookie = parseCookies(handshake.headers.cookie ?? '')[SESSION_COOKIE];
    const user = await this.auth.userFromSession(cookie);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'No attendee token, projector key or staff session');
    const role = await this.access.roleOf(forumId, user.id);
    if (!role) throw new DomainError('FORBIDDEN', 'You are not staff of this forum');
    return { kind: 'staff', forumId, userId: user.id, name: user.name, role };
  }
}

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
