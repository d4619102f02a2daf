import { ApiError } from '@mufakat/client';
import { errorMessage, toApiError } from './error-message';

const t = (key: string) => `<${key}>`;

describe('errorMessage', () => {
  it('translates the device-side "no connection" error', () => {
    expect(errorMessage({ code: 'UNAVAILABLE', message: 'Not connected' }, t)).toBe('<errors.unavailable>');
  });

  it('translates "too many requests", which asks the attendee to wait', () => {
    expect(errorMessage({ code: 'RATE_LIMITED', message: 'Slow down' }, t)).toBe('<errors.rateLimited>');
  });

  it("says a known reason in the attendee's language", () => {
    expect(errorMessage({ code: 'INVALID_STATE', message: 'The poll is closed', reason: 'pollClosed' }, t, 'id')).toBe('<errorReasons.pollClosed>');
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
