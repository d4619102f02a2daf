import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { StaffUserView } from '@mufakat/contracts';
import { compare, hash } from 'bcryptjs';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../database/postgres-errors';
import type { LoginDto } from './dto/login.dto';
import type { SignupDto } from './dto/signup.dto';
import { StaffUsersRepository } from './staff-users.repository';
import type { StaffUser } from '@mufakat/persistence';

export const SESSION_COOKIE = 'mufakat_session';
export const SESSION_TTL_SECONDS = 12 * 60 * 60;
const BCRYPT_ROUNDS = 11;

interface SessionClaims {
  sub: string;
  kind: 'staff';
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(StaffUsersRepository) private readonly users: StaffUsersRepository,
    @Inject(JwtService) private readonly jwt: JwtService,
  ) {}

  async signup(dto: SignupDto): Promise<StaffUser> {
    const passwordHash = await hash(dto.password, BCRYPT_ROUNDS);
    try {
      return await this.users.insert({ email: dto.email, name: dto.name, passwordHash });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('CONFLICT', 'An account with this email already exists');
      throw error;
    }
  }

  async login(dto: LoginDto): Promise<StaffUser> {
    const user = await this.users.byEmail(dto.email);
    // Compare even for an unknown email so the response time does not reveal which emails exist.
    const ok = await compare(dto.password, user?.passwordHash ?? '$2b$11$invalidinvalidinvalidinvalidinvalidinvalidinvalidinv');
    if (!user || !ok) throw new DomainError('UNAUTHENTICATED', 'Wrong email or password');
    return user;
  }

  issueSession(user: StaffUser): Promise<string> {
    const claims: SessionClaims = { sub: user.id, kind: 'staff' };
    return this.jwt.signAsync(claims, { expiresIn: SESSION_TTL_SECONDS });
  }

  /** The staff user a session token belongs to, or null when it is missing, forged or expired. */
  async userFromSession(token: string | undefined): Promise<StaffUser | null> {
    if (!token) return null;
    try {
      const claims = await this.jwt.verifyAsync<SessionClaims>(token);
      if (claims.kind !== 'staff') return null;
      return await this.users.byId(claims.sub);
    } catch {
      return null;
    }
  }

  static toView(user: StaffUser): StaffUserView {
    return { id: user.id, email: user.email, name: user.name };
  }
}
