import { joinCodeProblem, normalizeJoinCode } from './join-code';

describe('normalizeJoinCode', () => {
  it('upper-cases what was typed', () => {
    expect(normalizeJoinCode('ab12cd')).toBe('AB12CD');
  });

  it('drops spaces anywhere, including pasted line breaks and tabs', () => {
    expect(normalizeJoinCode('  ab 12\tcd\n')).toBe('AB12CD');
  });

  it('keeps hyphens, which may be part of a code', () => {
    expect(normalizeJoinCode('fkp-7q')).toBe('FKP-7Q');
  });
});

describe('joinCodeProblem', () => {
  it('accepts a normalised code', () => {
    expect(joinCodeProblem('AB12CD')).toBeNull();
  });

  it('asks for a code when nothing was typed', () => {
    expect(joinCodeProblem(normalizeJoinCode('   '))).toBe('empty');
  });

  it('refuses punctuation that no code contains', () => {
    expect(joinCodeProblem('AB/12')).toBe('invalid');
    expect(joinCodeProblem('AB?12')).toBe('invalid');
  });

  it('refuses lower case, so callers must normalise first', () => {
    expect(joinCodeProblem('ab12')).toBe('invalid');
  });

  it('refuses an implausibly long code', () => {
    expect(joinCodeProblem('A'.repeat(33))).toBe('invalid');
    expect(joinCodeProblem('A'.repeat(32))).toBeNull();
  });
});
