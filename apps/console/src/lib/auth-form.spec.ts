import { ApiError } from '@mufakat/client';
import { PASSWORD_POLICY } from '@mufakat/contracts';
import { normaliseSignup, passwordErrorFromApi, validateChangePassword, validateLogin, validateSignup } from './auth-form';

describe('validateSignup', () => {
  const valid = { name: 'Sari', email: 'sari@example.go.id', password: 'rahasia123' };

  it('accepts a complete sign-up', () => {
    expect(validateSignup(valid)).toEqual({});
  });

  it(`needs a password of at least ${PASSWORD_POLICY.min} characters`, () => {
    expect(validateSignup({ ...valid, password: 'x'.repeat(PASSWORD_POLICY.min - 1) }).password).toEqual({
      key: 'tooShort',
      values: { min: PASSWORD_POLICY.min },
    });
    expect(validateSignup({ ...valid, password: 'x'.repeat(PASSWORD_POLICY.min) }).password).toBeUndefined();
  });

  it('needs a name and a plausible email', () => {
    const errors = validateSignup({ ...valid, name: '   ', email: 'sari.example.go.id' });
    expect(errors.name).toEqual({ key: 'required' });
    expect(errors.email).toEqual({ key: 'invalidEmail' });
  });

  it('trims name and email but never the password', () => {
    expect(normaliseSignup({ name: ' Sari ', email: ' sari@example.go.id ', password: ' pass word ' })).toEqual({
      name: 'Sari',
      email: 'sari@example.go.id',
      password: ' pass word ',
    });
  });
});

describe('validateLogin', () => {
  it('needs both fields', () => {
    expect(validateLogin({ email: '', password: '' })).toEqual({
      email: { key: 'required' },
      password: { key: 'required' },
    });
  });
});

describe('validateChangePassword', () => {
  const valid = { currentPassword: 'old one', newPassword: 'kopi tubruk pagi hari', confirmPassword: 'kopi tubruk pagi hari' };

  it('accepts a new password typed twice', () => {
    expect(validateChangePassword(valid)).toEqual({});
  });

  it('needs the current password, a long enough new one, and the same one twice', () => {
    expect(validateChangePassword({ currentPassword: '', newPassword: 'short', confirmPassword: 'short' })).toEqual({
      currentPassword: { key: 'required' },
      newPassword: { key: 'tooShort', values: { min: PASSWORD_POLICY.min } },
    });
    expect(validateChangePassword({ ...valid, confirmPassword: 'kopi tubruk sore hari' })).toEqual({ confirmPassword: { key: 'passwordMismatch' } });
  });
});

describe('passwordErrorFromApi', () => {
  const refusal = (...details: string[]) => new ApiError(400, 'VALIDATION_FAILED', 'The request is not valid', details);

  it("turns the api's word on a password field into a message in the reader's language", () => {
    expect(passwordErrorFromApi(refusal('password is one of the most common passwords; choose …'), 'password')).toEqual({ key: 'passwordCommon' });
    expect(passwordErrorFromApi(refusal('newPassword is a run of consecutive letters or digits'), 'newPassword')).toEqual({ key: 'passwordSimple' });
    expect(passwordErrorFromApi(refusal('currentPassword: is not your current password'), 'currentPassword')).toEqual({ key: 'passwordWrong' });
    expect(passwordErrorFromApi(refusal('newPassword: must differ from the current password'), 'newPassword')).toEqual({ key: 'passwordUnchanged' });
  });

  it('leaves other errors alone', () => {
    expect(passwordErrorFromApi(refusal('email must be an email'), 'password')).toBeUndefined();
    expect(passwordErrorFromApi(new ApiError(429, 'RATE_LIMITED', 'Too many requests'), 'password')).toBeUndefined();
    expect(passwordErrorFromApi(null, 'password')).toBeUndefined();
  });
});
