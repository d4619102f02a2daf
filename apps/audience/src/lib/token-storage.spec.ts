import {
  attendeeTokenKey,
  deviceKey,
  forgetAttendeeToken,
  hasAnyAttendeeToken,
  readAttendeeToken,
  saveAttendeeToken,
  type KeyValueStore,
} from './token-storage';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const brokenStore: KeyValueStore = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('attendee token storage', () => {
  it('keys the token by forum id under the agreed name', () => {
    expect(attendeeTokenKey('f-1')).toBe('mufakat.attendee.f-1');
  });

  it('stores the raw token and reads it back for the same forum only', () => {
    const store = memoryStore();
    saveAttendeeToken('forum-a', 'token-a', store);
    expect(store.data.get('mufakat.attendee.forum-a')).toBe('token-a');
    expect(readAttendeeToken('forum-a', store)).toBe('token-a');
    expect(readAttendeeToken('forum-b', store)).toBeNull();
  });

  it('keeps one token per forum', () => {
    const store = memoryStore();
    saveAttendeeToken('forum-a', 'token-a', store);
    saveAttendeeToken('forum-b', 'token-b', store);
    expect(readAttendeeToken('forum-a', store)).toBe('token-a');
    expect(readAttendeeToken('forum-b', store)).toBe('token-b');
  });

  it('forgets the token of one forum and leaves the others', () => {
    const store = memoryStore();
    saveAttendeeToken('forum-a', 'token-a', store);
    saveAttendeeToken('forum-b', 'token-b', store);
    forgetAttendeeToken('forum-a', store);
    expect(readAttendeeToken('forum-a', store)).toBeNull();
    expect(readAttendeeToken('forum-b', store)).toBe('token-b');
  });

  it('treats an empty stored value as no token', () => {
    const store = memoryStore();
    store.data.set('mufakat.attendee.forum-a', '');
    expect(readAttendeeToken('forum-a', store)).toBeNull();
  });

  it('survives storage that throws or does not exist', () => {
    expect(readAttendeeToken('forum-a', brokenStore)).toBeNull();
    expect(() => saveAttendeeToken('forum-a', 't', brokenStore)).not.toThrow();
    expect(() => forgetAttendeeToken('forum-a', brokenStore)).not.toThrow();
    expect(readAttendeeToken('forum-a', null)).toBeNull();
  });
});

describe('hasAnyAttendeeToken', () => {
  const listing = (keys: string[]) => ({ length: keys.length, key: (i: number) => keys[i] ?? null });

  it('says whether this browser holds a token of any forum, whatever else it keeps', () => {
    expect(hasAnyAttendeeToken(listing(['mufakat.device', 'mufakat.language']))).toBe(false);
    expect(hasAnyAttendeeToken(listing(['mufakat.device', attendeeTokenKey('forum-a')]))).toBe(true);
  });

  it('is false where storage is missing or throws', () => {
    expect(hasAnyAttendeeToken(null)).toBe(false);
    expect(
      hasAnyAttendeeToken({
        get length(): number {
          throw new Error('SecurityError');
        },
        key: () => null,
      }),
    ).toBe(false);
  });
});

describe('device key', () => {
  it('is made once per browser (22 url-safe characters from 16 random bytes) and kept', () => {
    const store = memoryStore();
    const key = deviceKey(store, () => new Uint8Array(16).fill(251));
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(deviceKey(store, () => new Uint8Array(16).fill(1))).toBe(key);
    expect(store.data.get('mufakat.device')).toBe(key);
  });

  it('is null when the browser keeps nothing, so registration goes on without one', () => {
    expect(deviceKey(brokenStore)).toBeNull();
    expect(deviceKey(null)).toBeNull();
  });
});
