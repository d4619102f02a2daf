import { ApiError } from '@mufakat/client';
import type { AckError } from '@mufakat/contracts';

/**
 * "Offline" is produced on the device and is the error attendees on mobile data meet most, so it is
 * translated; other messages come from the server and are shown as they are.
 */
export function errorMessage(error: Pick<AckError, 'code' | 'message'>, t: (key: string) => string): string {
  return error.code === 'UNAVAILABLE' ? t('errors.unavailable') : error.message;
}

/** `apiFetch` rejects with ApiError; anything else is a bug, shown rather than swallowed. */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', String(error));
}
