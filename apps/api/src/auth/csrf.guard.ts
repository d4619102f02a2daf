import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '../common/domain-error';
import { SESSION_COOKIE } from './auth.service';
import { OriginPolicy } from './origin-policy';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const AUTH_ROUTES = '/api/auth/';

/**
 * Registered for every route: a state-changing request that carries the staff session cookie (or goes to the auth
 * routes, so no page can log someone in or out behind their back) must, when a browser sends it, come from our
 * own origin and carry the CSRF header. GETs change nothing and their answers cannot be read cross-origin (the api
 * sends no CORS headers), so they pass; attendee routes authenticate with a bearer token, not the cookie.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(@Inject(OriginPolicy) private readonly origins: OriginPolicy) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(request.method)) return true;
    const cookies = request.cookies as Record<string, unknown> | undefined;
    if (cookies?.[SESSION_COOKIE] === undefined && !request.path.startsWith(AUTH_ROUTES)) return true;
    const refusal = this.origins.refusal(request.headers, request.protocol, { requireHeader: true });
    if (refusal) throw new DomainError('FORBIDDEN', refusal);
    return true;
  }
}
