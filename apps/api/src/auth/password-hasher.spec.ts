import * as bcrypt from 'bcryptjs';
import { BCRYPT_ROUNDS, PasswordHasher } from './password-hasher';

jest.mock('bcryptjs', () => {
  const actual = jest.requireActual<typeof import('bcryptjs')>('bcryptjs');
  return { ...actual, compare: jest.fn(actual.compare) };
});

describe(PasswordHasher.name, () => {
  const hasher = new PasswordHasher();

  it('compares a missing hash against a real one of the same cost, and says no', async () => {
    const compare = jest.mocked(bcrypt.compare);
    compare.mockClear();
    await expect(hasher.verify('whatever it is', null)).resolves.toBe(false);
    expect(compare).toHaveBeenCalledTimes(1);
    const [, dummy] = compare.mock.calls[0] as [string, string];
    expect(dummy).toBe(await hasher.dummyHash());
    expect(bcrypt.getRounds(dummy)).toBe(BCRYPT_ROUNDS);
  });

  it('checks a real hash', async () => {
    const stored = await hasher.hash('correct horse battery');
    expect(bcrypt.getRounds(stored)).toBe(BCRYPT_ROUNDS);
    await expect(hasher.verify('correct horse battery', stored)).resolves.toBe(true);
    await expect(hasher.verify('wrong horse battery', stored)).resolves.toBe(false);
  });
});
