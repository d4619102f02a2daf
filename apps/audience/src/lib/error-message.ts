import { ApiError, serverErrorText } from '@mufakat/client';
import type { AckError } from '@mufakat/contracts';
import { getLanguage } from '../i18n/language';

/**
 * "Offline" (made on the device) and "too fast" have an attendee's wording of their own; the rest is said by its
 * reason or its code in the attendee's language, never in the server's English inside an Indonesian page.
 */
export function errorMessage(error: Pick<AckError, 'code' | 'message' | 'reason'>, t: (key: string) => string, language: string = getLanguage()): string {
  if (error.code === 'UNAVAILABLE') return t('errors.unavailable');
  return error.code === 'RATE_LIMITED' ? t('errors.rateLimited') : serverErrorText(error, t, language);
}

/** `apiFetch` rejects with ApiError; anything else is a bug, shown rather than swallowed. */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', String(error));
}
