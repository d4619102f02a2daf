import { ApiError } from '@mufakat/client';
import { ERROR_REASONS } from '@mufakat/contracts';
import { catalogueOf } from '../i18n/catalogues';
import { createTranslator } from '../i18n/translator';
import { errorMessage, loadErrorWords, toApiError } from './error-message';

const t = (key: string) => `<${key}>`;

describe("errorMessage before the reasons' words are loaded (one chunk, fetched on first need)", () => {
  it('says the code meanwhile, fetches the words, and says the reason once they are there', async () => {
    const indonesian = () => createTranslator(catalogueOf('id'), catalogueOf('id'));
    const notOpen = { code: 'INVALID_STATE', message: 'Check-in is off', reason: 'checkInNotOpen' } as const;
    expect(errorMessage(notOpen, indonesian(), 'id')).toBe('Tidak dapat dilakukan pada tahap ini');
    expect(errorMessage({ code: 'RATE_LIMITED', message: 'x', reason: 'checkInTooManyTries' }, indonesian(), 'id')).toMatch(/^Terlalu sering/);
    await loadErrorWords();
    expect(errorMessage(notOpen, indonesian(), 'id')).toBe('Konfirmasi kehadiran sedang tidak dibuka.');
    expect(errorMessage({ code: 'RATE_LIMITED', message: 'x', reason: 'registrationLimitForum', retryAfterMs: 2_500 }, indonesian(), 'id')).toBe(
      'Banyak peserta sedang mendaftar ke forum ini. Coba lagi dalam 3 detik.',
    );
  });
});

describe('errorMessage', () => {
  beforeAll(() => loadErrorWords());

  it('translates the device-side "no connection" error', () => {
    expect(errorMessage({ code: 'UNAVAILABLE', message: 'Not connected' }, t)).toBe('<errors.unavailable>');
  });

  it('translates "too many requests", which asks the attendee to wait', () => {
    expect(errorMessage({ code: 'RATE_LIMITED', message: 'Slow down' }, t)).toBe('<errors.rateLimited>');
  });

  it("says a known reason in the attendee's language", () => {
    expect(errorMessage({ code: 'INVALID_STATE', message: 'The poll is closed', reason: 'pollClosed' }, t, 'id')).toBe('<errorReasons.pollClosed>');
    for (const reason of ERROR_REASONS) expect(errorMessage({ code: 'FORBIDDEN', message: 'x', reason }, t, 'en')).toBe(`<errorReasons.${reason}>`);
  });

  it('gives a refusal with a wait its seconds, rounded up (a minute when the server gave none)', () => {
    const withParams = (key: string, params?: Record<string, string | number>) => `${key} ${params?.seconds}`;
    const refusal = { code: 'RATE_LIMITED', message: 'x', reason: 'registrationLimitForum' } as const;
    expect(errorMessage({ ...refusal, retryAfterMs: 4_100 }, withParams, 'id')).toBe('errorReasons.registrationLimitForum 5');
    expect(errorMessage(refusal, withParams, 'id')).toBe('errorReasons.registrationLimitForum 60');
  });

  it('words the check-in and registration refusals apart, where their codes alone would not', () => {
    const said = (['checkInCodeWrong', 'checkInCodeExpired', 'checkInNotOpen', 'joinCodeUnknown', 'attendeeVoided'] as const).map((reason) =>
      errorMessage({ code: 'VALIDATION_FAILED', message: 'x', reason }, t, 'id'),
    );
    expect(new Set(said).size).toBe(said.length);
  });

  it('never shows the English server message in Indonesian: the code says it', () => {
    expect(errorMessage({ code: 'INVALID_STATE', message: 'Poll closed' }, t, 'id')).toBe('<errorCodes.INVALID_STATE>');
    expect(errorMessage({ code: 'INVALID_STATE', message: 'Poll closed' }, t, 'en')).toBe('Poll closed');
  });
});

describe('toApiError', () => {
  it('passes an ApiError through untouched', () => {
    const error = new ApiError(404, 'NOT_FOUND', 'Forum not found', ['x']);
    expect(toApiError(error)).toBe(error);
  });

  it('wraps anything else as an internal error with its text', () => {
    const wrapped = toApiError(new TypeError('boom'));
    expect(wrapped).toBeInstanceOf(ApiError);
    expect([wrapped.code, wrapped.status, wrapped.message]).toEqual(['INTERNAL', 0, 'TypeError: boom']);
  });
});
