import { workerConfigFrom } from './worker-config';

describe(workerConfigFrom.name, () => {
  it('needs the hosted services and defaults the rest', () => {
    const config = workerConfigFrom({ DATABASE_URL: 'postgres://db/x', REDIS_URL: 'redis://r:6379', DATA_DIR: '/srv/data' });
    expect(config).toMatchObject({ documentsDir: '/srv/data/documents', timeZone: 'Asia/Jakarta', concurrency: 1 });
  });

  it('names every bad value', () => {
    const bad = { DATABASE_URL: 'mysql://x', TIME_ZONE: 'Mars/Base', WORKER_CONCURRENCY: '0' };
    expect(() => workerConfigFrom(bad)).toThrow(/DATABASE_URL/);
    for (const name of ['REDIS_URL', 'TIME_ZONE', 'WORKER_CONCURRENCY']) expect(() => workerConfigFrom(bad)).toThrow(name);
  });
});
