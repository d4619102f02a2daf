import { ERROR_REASONS, type AckError, type ErrorReason } from '@mufakat/contracts';

type ServerError = Pick<AckError, 'code' | 'message' | 'reason'>;
type Translate = (key: string) => string;

function isKnownReason(reason: unknown): reason is ErrorReason {
  return (ERROR_REASONS as readonly unknown[]).includes(reason);
}

/**
 * What to say about a failure beyond its code: the known reason in the user's language; the server's own
 * message only in an English UI (the server writes English), never in another language; else nothing.
 */
export function serverErrorDetail(error: ServerError, t: Translate, language: string): string | null {
  if (isKnownReason(error.reason)) return t(`errorReasons.${error.reason}`);
  return language.startsWith('en') && error.message ? error.message : null;
}

/** One line for a failure: the detail when there is one, else the words for its code. */
export function serverErrorText(error: ServerError, t: Translate, language: string): string {
  return serverErrorDetail(error, t, language) ?? t(`errorCodes.${error.code}`);
}
