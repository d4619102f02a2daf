import { generateJoinCode, JOIN_CODE_ALPHABET, normaliseJoinCode } from './join-code';

describe('join codes', () => {
  it('are six characters from an alphabet without look-alikes', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateJoinCode();
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      expect(code).not.toMatch(/[01OIL]/);
    }
    expect(generateJoinCode(() => 0)).toBe(JOIN_CODE_ALPHABET[0].repeat(6));
  });

  it('accept what people type: lower case, spaces, dashes', () => {
    expect(normaliseJoinCode(' abc-def ')).toBe('ABCDEF');
    expect(normaliseJoinCode('k7m 2pq')).toBe('K7M2PQ');
  });

  it('refuse impossible codes', () => {
    expect(normaliseJoinCode('ABCDE')).toBeNull();
    expect(normaliseJoinCode('ABCDE0')).toBeNull();
    expect(normaliseJoinCode('ABCDEFG')).toBeNull();
  });
});
