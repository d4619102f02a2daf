import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Socket } from 'socket.io';
import { knownError } from '../common/known-error';
import type { LiveSession, LiveSocketData } from './live-session';

/** The session the handshake settled for the socket sending this event. */
export const CurrentSession = createParamDecorator((_: unknown, context: ExecutionContext): LiveSession => {
  return context.switchToWs().getClient<Socket<never, never, never, LiveSocketData>>().data.session;
});

export type AttendeeSession = Extract<LiveSession, { kind: 'attendee' }>;
export type StaffSession = Extract<LiveSession, { kind: 'staff' }>;

export function requireAttendee(session: LiveSession): AttendeeSession {
  if (session.kind !== 'attendee') throw knownError('attendeesOnly');
  return session;
}

export function requireStaff(session: LiveSession): StaffSession {
  if (session.kind !== 'staff') throw knownError('staffOnly');
  return session;
}
