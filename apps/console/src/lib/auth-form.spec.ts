import { LIMITS } from '@mufakat/contracts';
import { normaliseSignup, validateLogin, validateSignup } from './auth-form';

describe('validateSignup', () => {
  const valid = { name: 'Sari', email: 'sari@example.go.id', password: 'rahasia123' };

  it('accepts a complete sign-up', () => {
    expect(validateSignup(valid)).toEqual({});
  });

  it(`needs a password of at least ${LIMITS.password.min} characters`, () => {
    expect(validateSignup({ ...valid, password: 'x'.repeat(LIMITS.password.min - 1) }).password).toEqual({
      key: 'tooShort',
      values: { min: LIMITS.password.min },
    });
    expect(validateSignup({ ...valid, password: 'x'.repeat(LIMITS.password.min) }).password).toBeUndefined();
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
