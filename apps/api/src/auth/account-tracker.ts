import type { ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { StaffSessionContext } from './auth.service';

type AuthRequest = Request & { staffSession?: StaffSessionContext };

/**
 * Whose password is being tried: the email a sign-up or login names, or the signed-in account changing its
 * password (the session guard runs first). Spelling variants of one email count as one account.
 */
function accountOf(request: AuthRequest): string | null {
  const email: unknown = (request.body as { email?: unknown } | undefined)?.email;
  if (typeof email === 'string') return `email:${email.trim().toLowerCase()}`;
  const userId = request.staffSession?.user?.id;
  return userId ? `user:${userId}` : null;
}

export function accountTracker(req: Record<string, unknown>): string {
  return accountOf(req as unknown as AuthRequest) ?? '';
}

/** A request that names no account (no email, no session) is left to the per-address limit. */
export function namesNoAccount(context: ExecutionContext): boolean {
  return accountOf(context.switchToHttp().getRequest<AuthRequest>()) === null;
}
