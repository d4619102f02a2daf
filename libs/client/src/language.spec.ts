import { LANGUAGE_STORAGE_KEY, parseLanguage, storeLanguage, storedLanguage } from './language';

describe(parseLanguage.name, () => {
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

describe('the stored language', () => {
  const global = globalThis as { localStorage?: unknown };
  afterEach(() => delete global.localStorage);

  it('is remembered under the key both apps read', () => {
    const saved = new Map<string, string>();
    global.localStorage = { getItem: (key: string) => saved.get(key) ?? null, setItem: (key: string, value: string) => saved.set(key, value) };
    expect(storedLanguage()).toBe('id');
    storeLanguage('en');
    expect(saved.get(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(LANGUAGE_STORAGE_KEY).toBe('mufakat.lang');
    expect(storedLanguage()).toBe('en');
  });

  it('falls back to Indonesian, and forgets quietly, where storage is refused', () => {
    const refuse = () => {
      throw new Error('SecurityError');
    };
    global.localStorage = { getItem: refuse, setItem: refuse };
    expect(storedLanguage()).toBe('id');
    expect(() => storeLanguage('en')).not.toThrow();
    Object.defineProperty(globalThis, 'localStorage', { get: refuse, configurable: true });
    expect(storedLanguage()).toBe('id');
    expect(() => storeLanguage('en')).not.toThrow();
  });
});
