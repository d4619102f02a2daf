import { ERROR_REASONS } from '@mufakat/contracts';
import { serverErrorDetail, serverErrorText } from './error-text';

const t = (key: string) => `<${key}>`;

describe(serverErrorText.name, () => {
  it('words a known reason itself, in any language', () => {
    const error = { code: 'UNAUTHENTICATED', message: 'Wrong email or password', reason: 'wrongCredentials' } as const;
    expect(serverErrorText(error, t, 'id')).toBe('<errorReasons.wrongCredentials>');
    expect(serverErrorText(error, t, 'en')).toBe('<errorReasons.wrongCredentials>');
    for (const reason of ERROR_REASONS) expect(serverErrorText({ code: 'FORBIDDEN', message: 'x', reason }, t, 'id')).toBe(`<errorReasons.${reason}>`);
  });

  it('never shows the English server message in Indonesian: the code says it', () => {
    expect(serverErrorText({ code: 'FORBIDDEN', message: 'Your role (facilitator) may not do this' }, t, 'id')).toBe('<errorCodes.FORBIDDEN>');
    expect(serverErrorDetail({ code: 'INVALID_STATE', message: 'Open the poll before showing it' }, t, 'id')).toBeNull();
  });

  it("gives an English UI the server's precise wording when there is no known reason", () => {
    expect(serverErrorText({ code: 'INVALID_STATE', message: 'Open the poll before showing it' }, t, 'en')).toBe('Open the poll before showing it');
    expect(serverErrorText({ code: 'INTERNAL', message: '' }, t, 'en')).toBe('<errorCodes.INTERNAL>');
  });

  it('ignores a reason this client does not know (a newer server)', () => {
    const error = { code: 'CONFLICT', message: 'Something new', reason: 'somethingNew' } as unknown as Parameters<typeof serverErrorText>[0];
    expect(serverErrorText(error, t, 'id')).toBe('<errorCodes.CONFLICT>');
  });
});
