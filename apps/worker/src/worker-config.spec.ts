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

  it('reads the reminders settings: SMTP by URL or by host and port, none without', () => {
    const base = { DATABASE_URL: 'postgres://db/x', REDIS_URL: 'redis://r:6379' };
    expect(workerConfigFrom(base)).toMatchObject({ dueSoonDays: 14, smtp: null });
    expect(workerConfigFrom({ ...base, SMTP_URL: 'smtps://u:p@mail.example:465', FOLLOW_UP_DUE_SOON_DAYS: '7' })).toMatchObject({
      dueSoonDays: 7,
      smtp: { url: 'smtps://u:p@mail.example:465' },
    });
    expect(workerConfigFrom({ ...base, SMTP_HOST: 'mail.example', SMTP_USER: 'u', SMTP_PASSWORD: 'p' }).smtp).toMatchObject({
      host: 'mail.example',
      port: 587,
      secure: false,
      user: 'u',
    });
    expect(() => workerConfigFrom({ ...base, SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL/);
  });
});
