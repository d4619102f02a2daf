import { ApiError } from '@mufakat/client';
import type { AckError } from '@mufakat/contracts';

/**
 * "Offline" is produced on the device and is the error attendees on mobile data meet most, and "too
 * fast" asks them to wait, so both are translated; other messages come from the server as they are.
 */
export function errorMessage(error: Pick<AckError, 'code' | 'message'>, t: (key: string) => string): string {
  if (error.code === 'UNAVAILABLE') return t('errors.unavailable');
  return error.code === 'RATE_LIMITED' ? t('errors.rateLimited') : error.message;
}

/** `apiFetch` rejects with ApiError; anything else is a bug, shown rather than swallowed. */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', String(error));
}
