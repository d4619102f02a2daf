import { weakPasswordReason } from './password-policy';

describe(weakPasswordReason.name, () => {
  it.each(['password123', 'PASSWORD', '1234567890', 'qwertyuiop', '1q2w3e4r5t', 'Sayangku', 'Bismillah2026!', 'rahasia 123', 'Mufakat2026', 'Jakarta-1945'])(
    'refuses the common %s, whatever its case and trailing digits or symbols',
    (password) => {
      expect(weakPasswordReason(password)).toMatch(/most common passwords/);
    },
  );

  it('refuses passwords of three characters or fewer and runs of consecutive characters', () => {
    expect(weakPasswordReason('aaaaaaaaaaaa')).toMatch(/fewer than 4 different characters/);
    expect(weakPasswordReason('1212121212')).toMatch(/fewer than 4 different characters/);
    expect(weakPasswordReason('3456789012')).toMatch(/consecutive/);
    expect(weakPasswordReason('9876543210987')).toMatch(/consecutive/);
    expect(weakPasswordReason('abcdefghijklmn')).toMatch(/consecutive/);
  });

  it('accepts phrases of one’s own, including one that contains a common word', () => {
    for (const password of ['correct horse battery', 'rahasia-sekali', 'kopi tubruk pagi hari', 'Ayam goreng 3x sehari', 'passwordless-login-idea']) {
      expect(weakPasswordReason(password)).toBeNull();
    }
  });
});
