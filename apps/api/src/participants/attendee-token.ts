import { createHash, randomBytes } from 'node:crypto';

export function newAttendeeToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored, so a leaked database does not let anyone act as an attendee. */
export function hashAttendeeToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
