import { normalizePublicCode, normalizeSha256, PUBLIC_CODE_LENGTH } from '@mufakat/contracts';
import { newPublicCode } from './public-code';

describe(newPublicCode.name, () => {
  it('makes ten-character Crockford base32 codes that read back as codes, and does not repeat', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newPublicCode()));
    expect(codes.size).toBe(2000);
    for (const code of codes) {
      expect(code).toHaveLength(PUBLIC_CODE_LENGTH);
      expect(normalizePublicCode(code)).toBe(code);
    }
  });

  it('accepts a code typed in lower case or with a dash, and refuses what cannot be one', () => {
    expect(normalizePublicCode('abcde-12345')).toBe('ABCDE12345');
    expect(normalizePublicCode('ABCDE1234')).toBeNull();
    expect(normalizePublicCode('ABCDE1234I')).toBeNull();
    expect(normalizeSha256('A'.repeat(64))).toBe('a'.repeat(64));
    expect(normalizeSha256('g'.repeat(64))).toBeNull();
  });
});
