import { ApiError, serverErrorText } from '@mufakat/client';
import { ERROR_REASONS, type AckError, type ErrorReason } from '@mufakat/contracts';
import { loadReasonWords } from '../i18n/catalogues';
import { getLanguage } from '../i18n/language';
import type { Translate } from '../i18n/translator';

const isKnownReason = (reason: unknown): reason is ErrorReason => (ERROR_REASONS as readonly unknown[]).includes(reason);

/**
 * "Offline" (made on the device) has an attendee's wording of its own; a known reason is said in its own words
 * (with the wait the server gave, where it gave one); the rest by its code in the attendee's language, never in
 * the server's English inside an Indonesian page. The reasons' words are a chunk of their own: the first refusal
 * fetches it and is said by its code meanwhile; the page says it again in its own words once they are there.
 */
export function errorMessage(error: Pick<AckError, 'code' | 'message' | 'reason' | 'retryAfterMs'>, t: Translate, language: string = getLanguage()): string {
  if (error.code === 'UNAVAILABLE') return t('errors.unavailable');
  if (isKnownReason(error.reason)) {
    const key = `errorReasons.${error.reason}`;
    const words = t(key, { seconds: Math.max(1, Math.ceil((error.retryAfterMs ?? 60_000) / 1000)) });
    // A translator shows a key it has no words for: these words are not loaded yet.
    if (words !== key) return words;
    loadReasonWords().catch(() => undefined);
  }
  return error.code === 'RATE_LIMITED' ? t('errors.rateLimited') : serverErrorText({ code: error.code, message: error.message }, t, language);
}

/** Fetches the reasons' words before a refusal is shown, so it is said in them at once; offline, by its code. */
export function loadErrorWords(): Promise<void> {
  return loadReasonWords().catch(() => undefined);
}

/** `apiFetch` rejects with ApiError; anything else is a bug, shown rather than swallowed. */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', String(error));
}
