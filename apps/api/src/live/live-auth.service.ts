import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parse as parseCookies } from 'cookie';
import { DataSource } from 'typeorm';
import { isUUID } from 'class-validator';
import { AuthService, SESSION_COOKIE } from '../auth/auth.service';
import { DomainError } from '../common/domain-error';
import { ForumAccessService } from '../forums/forum-access.service';
import { ParticipantsService } from '../participants/participants.service';
import type { LiveSession } from './live-session';
import { Forum } from '@mufakat/persistence';

export interface HandshakeLike {
  auth: Record<string, unknown>;
  headers: { cookie?: string };
}

/** Settles who a connecting socket is: an attendee (token), the projector (view key) or staff (session cookie). */
@Injectable()
export class LiveAuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
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
      const forum = await this.db.getRepository(Forum).findOne({ select: { id: true, projectorKey: true }, where: { id: forumId } });
      if (!forum || !sameSecret(forum.projectorKey, projectorKey)) throw new DomainError('FORBIDDEN', 'Invalid projector link');
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
