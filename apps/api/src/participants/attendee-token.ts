import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Marks a signed attendee token; the older random tokens (base64url, no dots) can never start with it. */
const SIGNED_PREFIX = 'a1.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newAttendeeToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored, so a leaked database does not let anyone act as an attendee. */
export function hashAttendeeToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A token that proves itself: the participant's id with the server's MAC over it and the forum's id, so a socket's
 * handshake needs no database lookup (a join storm connects thousands at once). It cannot be revoked by itself:
 * voided attendees are refused through the revocation set.
 */
export function signAttendeeToken(secret: string, forumId: string, participantId: string): string {
  return `${SIGNED_PREFIX}${participantId}.${attendeeMac(secret, forumId, participantId)}`;
}

export function isSignedAttendeeToken(token: string): boolean {
  return token.startsWith(SIGNED_PREFIX);
}

/** The participant a signed token names, if the server signed it for this forum; null for a forged or other forum's token. */
export function participantOfSignedToken(secret: string, forumId: string, token: string): string | null {
  if (!isSignedAttendeeToken(token)) return null;
  const [participantId, mac] = token.slice(SIGNED_PREFIX.length).split('.');
  if (!participantId || !mac || !UUID.test(participantId)) return null;
  const expected = Buffer.from(attendeeMac(secret, forumId, participantId));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? participantId : null;
}

function attendeeMac(secret: string, forumId: string, participantId: string): string {
  return createHmac('sha256', secret).update(`attendee:${forumId}:${participantId}`).digest('base64url');
}

/**
 * Device keys are stored hashed too: knowing one gives its attendee back (a fresh token), so it is a secret. The
 * forum's join code goes into the hash, so the same browser's rows in two forums cannot be matched up.
 */
export function hashDeviceKey(joinCode: string, deviceKey: string): string {
  return createHash('sha256').update(`device:${joinCode}:${deviceKey}`).digest('hex');
}
