import type { RateLimitRule } from './rate-limit';

/** How many registrations a client address and a forum may make; the environment may change both. */
export interface RegistrationLimitSettings {
  /** Per client address in any ten minutes. */
  perAddress: number;
  /** Per forum in any minute, whoever registers. */
  perForum: number;
}

/**
 * A venue's Wi-Fi puts hundreds of phones behind one public address, so the address limit lets a full hall
 * (500 people scanning the QR code in the same minute) through, and stops a script at a few hundred; it only
 * slows stuffing down, and check-in is what tells who is in the room. The forum ceiling (20 a second) bounds what
 * many addresses together can add, and still takes a few thousand remote attendees in minutes.
 */
export const DEFAULT_REGISTRATION_LIMITS: RegistrationLimitSettings = { perAddress: 600, perForum: 1200 };

export function registrationRateLimits(settings: RegistrationLimitSettings): { perAddress: RateLimitRule; perForum: RateLimitRule } {
  return {
    perAddress: {
      name: 'register-address',
      limit: settings.perAddress,
      windowMs: 600_000,
      what: 'registrations from one network address',
      reason: 'registrationLimitAddress',
    },
    perForum: { name: 'register-forum', limit: settings.perForum, windowMs: 60_000, what: 'registrations to this forum', reason: 'registrationLimitForum' },
  };
}
