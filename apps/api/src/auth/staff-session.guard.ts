import { CanActivate, createParamDecorator, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '../common/domain-error';
import { AuthService, SESSION_COOKIE } from './auth.service';
import type { StaffUser } from '@mufakat/persistence';

type StaffRequest = Request & { staff?: StaffUser };

/** REST routes behind it need a valid staff session cookie. */
@Injectable()
export class StaffSessionGuard implements CanActivate {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<StaffRequest>();
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    const user = await this.auth.userFromSession(typeof token === 'string' ? token : undefined);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Please log in');
    request.staff = user;
    return true;
  }
}

/** The staff user the StaffSessionGuard let in. */
export const CurrentStaff = createParamDecorator((_: unknown, context: ExecutionContext): StaffUser => {
  const staff = context.switchToHttp().getRequest<StaffRequest>().staff;
  if (!staff) throw new DomainError('UNAUTHENTICATED', 'Please log in');
  return staff;
});
