import { applyDecorators, Inject, Injectable, SetMetadata, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Socket } from 'socket.io';
import type { LiveSession, LiveSocketData } from '../live/live-session';
import type { RateLimitRule } from './rate-limit';
import { RateLimiter } from './rate-limiter.service';

const RULE = 'mufakat:live-rate-limit';

/** Whose count an event goes to: the attendee or staff member on every socket and replica, each projector on its own. */
function principalKey(session: LiveSession, socketId: string): string {
  if (session.kind === 'attendee') return `attendee:${session.participantId}`;
  if (session.kind === 'staff') return `staff:${session.userId}`;
  return `projector:${socketId}`;
}

/**
 * Counts the event against the rule before its payload is even validated, and refuses it with RATE_LIMITED
 * (WsAckFilter turns that into the acknowledgement).
 */
@Injectable()
export class LiveRateLimitGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(RateLimiter) private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<RateLimitRule | undefined>(RULE, context.getHandler());
    if (!rule) return true;
    const socket = context.switchToWs().getClient<Socket<never, never, never, LiveSocketData>>();
    if (rule.attendeesOnly && socket.data.session?.kind !== 'attendee') return true;
    await this.limiter.consume(rule, principalKey(socket.data.session, socket.id));
    return true;
  }
}

/** Limits a socket event per principal (see principalKey), shared by the replicas in the hosted mode. */
export const LiveRateLimit = (rule: RateLimitRule) => applyDecorators(SetMetadata(RULE, rule), UseGuards(LiveRateLimitGuard));
