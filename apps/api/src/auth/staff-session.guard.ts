import { CanActivate, createParamDecorator, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { knownError } from '../common/known-error';
import { AuthService, SESSION_COOKIE, type StaffSessionContext } from './auth.service';
import type { StaffUser } from '@mufakat/persistence';

type StaffRequest = Request & { staffSession?: StaffSessionContext };

/** REST routes behind it need a staff session cookie whose session is still on (looked up on every request). */
@Injectable()
export class StaffSessionGuard implements CanActivate {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<StaffRequest>();
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    const session = await this.auth.resolveSession(typeof token === 'string' ? token : undefined);
    if (!session) throw knownError('loginRequired');
    request.staffSession = session;
    return true;
  }
}

function sessionOf(context: ExecutionContext): StaffSessionContext {
  const session = context.switchToHttp().getRequest<StaffRequest>().staffSession;
  if (!session) throw knownError('loginRequired');
  return session;
}

/** The staff user the StaffSessionGuard let in. */
export const CurrentStaff = createParamDecorator((_: unknown, context: ExecutionContext): StaffUser => sessionOf(context).user);

/** The staff user and the session they came with (for what concerns the session itself). */
export const CurrentStaffSession = createParamDecorator((_: unknown, context: ExecutionContext): StaffSessionContext => sessionOf(context));
