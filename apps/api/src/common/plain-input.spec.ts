import { MAX_INPUT_DEPTH, isPlainObject, plainInputProblems } from './plain-input';

describe(plainInputProblems.name, () => {
  it('passes ordinary input, emoji and other astral characters included', () => {
    expect(plainInputProblems({ text: 'Terima kasih 🙏 — “bagus”', agenda: [{ title: 'Pembukaan', minutes: 10 }], ok: true, none: null })).toEqual([]);
    expect(plainInputProblems('a string param')).toEqual([]);
    expect(plainInputProblems(undefined)).toEqual([]);
  });

  it('names every NUL character and lone surrogate by its path, keys included', () => {
    expect(
      plainInputProblems({
        name: 'Siti\u0000',
        agenda: [{ title: 'ok' }, { title: 'x\ud800y' }],
        tail: '\udc00',
        ['bad\u0000key']: 1,
      }),
    ).toEqual([
      'payload: a field name must not contain NUL characters',
      'name: must not contain NUL characters',
      'agenda.1.title: must be valid Unicode text (it has a lone surrogate)',
      'tail: must be valid Unicode text (it has a lone surrogate)',
    ]);
  });

  it('refuses the keys that reach a prototype, which class-transformer would drop instead', () => {
    expect(plainInputProblems(JSON.parse('{"text":"a","__proto__":{"isAdmin":true},"follow":{"constructor":{"prototype":{}}}}'))).toEqual([
      'payload: a field name must not be "__proto__"',
      'follow: a field name must not be "constructor"',
    ]);
    expect(plainInputProblems({ prototype: 1 })).toEqual(['payload: a field name must not be "prototype"']);
  });

  it('caps nesting without recursing through it', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(plainInputProblems({ deep })).toEqual([`deep${'.0'.repeat(MAX_INPUT_DEPTH - 1)}: nested too deeply (at most ${MAX_INPUT_DEPTH} levels)`]);
    let fine: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH - 1; i++) fine = [fine];
    expect(plainInputProblems({ fine })).toEqual([]);
  });

  it('refuses binary and other non-JSON values anywhere', () => {
    expect(plainInputProblems(Buffer.from('x'))).toEqual(['payload: binary data is not accepted']);
    expect(plainInputProblems({ a: { b: new Uint8Array(2) }, c: new ArrayBuffer(1), d: new Date(0) })).toEqual([
      'a.b: binary data is not accepted',
      'c: binary data is not accepted',
      'd: must be plain JSON data',
    ]);
  });

  it('names at most ten problems', () => {
    expect(plainInputProblems(Array.from({ length: 50 }, () => '\u0000'))).toHaveLength(10);
  });
});

describe(isPlainObject.name, () => {
  it('accepts parsed JSON objects and null-prototype query objects only', () => {
    expect(isPlainObject(JSON.parse('{"a":1}'))).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    for (const value of [[], Buffer.from(''), new Uint8Array(1), new ArrayBuffer(1), null, 'x', 1, new Map()]) expect(isPlainObject(value)).toBe(false);
  });
});
