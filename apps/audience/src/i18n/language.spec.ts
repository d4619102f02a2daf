import { parseLanguage } from './language';

describe('parseLanguage', () => {
  it('accepts the two supported languages', () => {
    expect(parseLanguage('id')).toBe('id');
    expect(parseLanguage('en')).toBe('en');
  });

  it('defaults to Indonesian for anything else', () => {
    expect(parseLanguage(null)).toBe('id');
    expect(parseLanguage(undefined)).toBe('id');
    expect(parseLanguage('fr')).toBe('id');
    expect(parseLanguage('EN')).toBe('id');
  });
});
