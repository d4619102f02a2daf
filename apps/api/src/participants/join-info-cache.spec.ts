import type { JoinInfo } from '@mufakat/contracts';
import { JOIN_INFO_TTL_MS, JoinInfoCache } from './join-info-cache';

const info = (joinCode: string, title = 'FKP Layanan KTP-el'): JoinInfo => ({
  forumId: `forum-${joinCode}`,
  joinCode,
  joinUrl: `http://venue.test/j/${joinCode}`,
  title,
  theme: 'Standar pelayanan',
  serviceName: 'Penerbitan KTP-el',
  unitName: 'Disdukcapil',
  venue: 'Aula',
  startsAt: '2026-12-01T02:00:00.000Z',
  streamUrl: null,
});

describe(JoinInfoCache.name, () => {
  let time: number;
  let cache: JoinInfoCache;
  beforeEach(() => {
    time = 0;
    cache = new JoinInfoCache(() => time);
  });

  it('reads a forum once for the phones that ask at once and within the second after', async () => {
    const read = jest.fn(async () => info('ABCDEF'));
    const answers = await Promise.all(Array.from({ length: 50 }, () => cache.get('ABCDEF', read)));
    time += JOIN_INFO_TTL_MS - 1;
    answers.push(await cache.get('ABCDEF', read));
    expect(read).toHaveBeenCalledTimes(1);
    expect(new Set(answers.map((answer) => answer?.title))).toEqual(new Set(['FKP Layanan KTP-el']));
  });

  it('reads again after a second, so an edited title reaches the join page', async () => {
    let title = 'FKP Layanan KTP-el';
    const read = jest.fn(async () => info('ABCDEF', title));
    await cache.get('ABCDEF', read);
    title = 'FKP Layanan Akta Kelahiran';
    time += JOIN_INFO_TTL_MS;
    expect((await cache.get('ABCDEF', read))?.title).toBe('FKP Layanan Akta Kelahiran');
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('keeps neither an unknown code nor a failed read', async () => {
    const unknown = jest.fn(async () => null);
    expect(await cache.get('ZZZZZZ', unknown)).toBeNull();
    expect(await cache.get('ZZZZZZ', unknown)).toBeNull();
    expect(unknown).toHaveBeenCalledTimes(2);
    const failing = jest.fn(async (): Promise<JoinInfo | null> => {
      throw new Error('connection lost');
    });
    await expect(cache.get('ABCDEF', failing)).rejects.toThrow('connection lost');
    const read = jest.fn(async () => info('ABCDEF'));
    expect((await cache.get('ABCDEF', read))?.joinCode).toBe('ABCDEF');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('keeps at most 256 forums, forgetting the one read longest ago', async () => {
    const reads = new Map<string, number>();
    const reader = (code: string) => async () => {
      reads.set(code, (reads.get(code) ?? 0) + 1);
      return info(code);
    };
    for (let i = 0; i < 257; i++) await cache.get(`F${i}`, reader(`F${i}`));
    await cache.get('F1', reader('F1'));
    await cache.get('F0', reader('F0'));
    expect(reads.get('F1')).toBe(1);
    expect(reads.get('F0')).toBe(2);
  });
});
