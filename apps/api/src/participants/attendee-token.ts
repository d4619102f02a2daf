import { createHash, randomBytes } from 'node:crypto';

export function newAttendeeToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored, so a leaked database does not let anyone act as an attendee. */
export function hashAttendeeToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Device keys are stored hashed too: knowing one gives its attendee back (a fresh token), so it is a secret. The
 * forum's join code goes into the hash, so the same browser's rows in two forums cannot be matched up.
 */
export function hashDeviceKey(joinCode: string, deviceKey: string): string {
  return createHash('sha256').update(`device:${joinCode}:${deviceKey}`).digest('hex');
}
