import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { SignupResponse, StaffUserView } from '@mufakat/contracts';
import { isUUID } from 'class-validator';
import { AuditService } from '../audit/audit.service';
import { knownError } from '../common/known-error';
import { isUniqueViolation } from '../database/postgres-errors';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import type { ChangePasswordDto } from './dto/change-password.dto';
import type { LoginDto } from './dto/login.dto';
import type { SignupDto } from './dto/signup.dto';
import { PasswordHasher } from './password-hasher';
import { StaffSessionsRepository } from './staff-sessions.repository';
import { StaffUsersRepository } from './staff-users.repository';
import type { StaffUser } from '@mufakat/persistence';

export const SESSION_COOKIE = 'mufakat_session';
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

interface SessionClaims {
  sub: string;
  /** The staff_sessions row: the token is good only while it exists. */
  sid: string;
  kind: 'staff';
}

/** A signed-in staff user and the session they use. */
export interface StaffSessionContext {
  user: StaffUser;
  sessionId: string;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @Inject(StaffUsersRepository) private readonly users: StaffUsersRepository,
    @Inject(StaffSessionsRepository) private readonly sessions: StaffSessionsRepository,
    @Inject(PasswordHasher) private readonly passwords: PasswordHasher,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
  ) {}

  /**
   * The new account, or null when the email already has one. Both take the same work (one bcrypt hash) and get the
   * same answer from the controller, so sign-up does not reveal which addresses are registered; a taken one is
   * audited instead, and its owner is left as they were.
   */
  async signup(dto: SignupDto): Promise<StaffUser | null> {
    const passwordHash = await this.passwords.hash(dto.password);
    try {
      return await this.users.insert({ email: dto.email, name: dto.name, passwordHash });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const existing = await this.users.byEmail(dto.email);
    await this.users.transaction((manager) =>
      this.audit.record(manager, { forumId: null, actorUserId: null, action: 'staff.signup.existing-email', subjectId: existing?.id ?? null }),
    );
    this.logger.log(`Sign-up for an email that already has an account (${existing?.id ?? 'since removed'}); no account or session made`);
    return null;
  }

  async login(dto: LoginDto): Promise<StaffUser> {
    const user = await this.users.byEmail(dto.email);
    // An unknown email is compared against a real hash of the same cost, so the answer takes as long.
    const ok = await this.passwords.verify(dto.password, user?.passwordHash ?? null);
    if (!user || !ok) throw knownError('wrongCredentials');
    return user;
  }

  /** A session row and the signed token naming it, for the cookie. */
  async startSession(user: StaffUser): Promise<string> {
    const session = await this.sessions.start(user.id, new Date(Date.now() + SESSION_TTL_SECONDS * 1000));
    const claims: SessionClaims = { sub: user.id, sid: session.id, kind: 'staff' };
    return this.jwt.signAsync(claims, { expiresIn: SESSION_TTL_SECONDS });
  }

  /** Who a session token belongs to, or null when it is missing, forged, expired or ended. Checked on every use. */
  async resolveSession(token: string | undefined): Promise<StaffSessionContext | null> {
    if (!token) return null;
    let claims: SessionClaims;
    try {
      claims = await this.jwt.verifyAsync<SessionClaims>(token);
    } catch {
      return null;
    }
    if (claims.kind !== 'staff' || typeof claims.sid !== 'string' || !isUUID(claims.sid)) return null;
    const session = await this.sessions.live(claims.sid);
    if (!session?.user || session.userId !== claims.sub) return null;
    return { user: session.user, sessionId: session.id };
  }

  /** Whether a session is still on (a staff socket asks before every event). */
  isSessionLive(sessionId: string): Promise<boolean> {
    return this.sessions.isLive(sessionId);
  }

  /** Ends the session the token names, if any, and drops its sockets. */
  async logout(token: string | undefined): Promise<void> {
    const current = await this.resolveSession(token);
    if (!current) return;
    await this.sessions.end(current.sessionId);
    this.broadcaster.dropStaffSession(current.sessionId);
  }

  /** Sets a new password and ends every other session of the user (and their sockets); this one stays. */
  async changePassword({ user, sessionId }: StaffSessionContext, dto: ChangePasswordDto): Promise<void> {
    if (!(await this.passwords.verify(dto.currentPassword, user.passwordHash))) {
      throw knownError('currentPasswordWrong', { details: ['currentPassword: is not your current password'] });
    }
    if (dto.newPassword === dto.currentPassword) {
      throw knownError('passwordUnchanged', { details: ['newPassword: must differ from the current password'] });
    }
    const passwordHash = await this.passwords.hash(dto.newPassword);
    await this.users.transaction(async (manager) => {
      await this.users.setPasswordHash(manager, user.id, passwordHash);
      await this.sessions.endOthers(manager, user.id, sessionId);
      await this.audit.record(manager, { forumId: null, actorUserId: user.id, action: 'staff.password.change', subjectId: user.id });
    });
    this.broadcaster.dropStaffUser(user.id, sessionId);
  }

  static toView(user: StaffUser): StaffUserView {
    return { id: user.id, email: user.email, name: user.name };
  }

  /** What sign-up answers, the same for a new account and a taken address. */
  static signupAnswer(dto: SignupDto): SignupResponse {
    return { email: dto.email, name: dto.name };
  }
}
