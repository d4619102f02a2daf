import { createTranslator, interpolate, lookup, type Messages } from './translator';

const id: Messages = { home: { title: 'Ikuti forum', greet: 'Halo {{name}}' }, only: { id: 'hanya id' } };
const en: Messages = { home: { title: 'Join a forum', greet: 'Hello {{ name }}' } };

describe('lookup', () => {
  it('follows dotted keys into nested messages', () => {
    expect(lookup(id, 'home.title')).toBe('Ikuti forum');
  });

  it('gives undefined for a missing key, a branch, or a path through a string', () => {
    expect(lookup(id, 'home.nothing')).toBeUndefined();
    expect(lookup(id, 'home')).toBeUndefined();
    expect(lookup(id, 'home.title.deeper')).toBeUndefined();
  });
});

describe('interpolate', () => {
  it('fills {{placeholders}}, with or without inner spaces, numbers included', () => {
    expect(interpolate('{{count}}/{{ max }} karakter', { count: 3, max: 2000 })).toBe('3/2000 karakter');
  });

  it('does not treat the value as a pattern', () => {
    expect(interpolate('Kode {{code}}', { code: '$&$1' })).toBe('Kode $&$1');
  });

  it('leaves an unknown placeholder visible', () => {
    expect(interpolate('Halo {{name}}', {})).toBe('Halo {{name}}');
  });
});

describe('createTranslator', () => {
  it('translates into the chosen language', () => {
    expect(createTranslator(en, id)('home.greet', { name: 'Siti' })).toBe('Hello Siti');
  });

  it('falls back to the fallback language, then to the key itself', () => {
    const t = createTranslator(en, id);
    expect(t('only.id')).toBe('hanya id');
    expect(t('no.such.key')).toBe('no.such.key');
  });
});
