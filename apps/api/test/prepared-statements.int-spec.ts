import { dataSourceOptions } from '@mufakat/persistence';
import { Logger } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { openConnectionPool } from '../src/database/connection-pool';
import { runPrepared } from '../src/database/prepared-statement';
import { SnapshotRepository } from '../src/live/snapshot.repository';
import { createPublishedForum, registerAttendee, signupStaff } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('a join storm’s statements, prepared once per connection', () => {
  let api: TestApp;
  /** One connection, so every read below runs on the session whose prepared statements are inspected. */
  let single: DataSource;

  beforeAll(async () => {
    api = await startTestApp();
    single = new DataSource({ ...dataSourceOptions(process.env.TEST_DATABASE_URL as string, 1), migrationsRun: false });
    await single.initialize();
  });

  afterAll(async () => {
    await single.destroy();
    await api.close();
  });

  it('plans the attendees’ snapshot read once, whatever the length of the batch', async () => {
    const forum = await createPublishedForum(api.url, (await signupStaff(api.url, 'prepared')).cookie);
    const ids: string[] = [];
    for (const name of ['Siti', 'Budi', 'Wayan']) ids.push((await registerAttendee(api.url, forum.joinCode as string, { name })).participant.id);
    const snapshots = new SnapshotRepository(single);

    for (let run = 0; run < 12; run++) {
      const batch = ids.slice(0, (run % ids.length) + 1);
      const states = await snapshots.attendeeStates(forum.id, batch);
      expect([...(states?.keys() ?? [])].sort()).toEqual([...batch].sort());
      expect(states?.get(batch[0])?.attendee?.name).toBe('Siti');
    }

    const [plans] = (await single.query(
      `SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE name = 'snapshot-attendee-states'`,
    )) as Array<{ generic: number; custom: number }>;
    // Postgres tries five custom plans first, then keeps the generic one unless a custom plan looks cheaper: one
    // that knows a batch is short would, were the batch's length not hidden from the planner.
    expect(plans.custom).toBeLessThanOrEqual(5);
    expect(plans.generic).toBeGreaterThanOrEqual(7);
  });

  it('fails as DataSource.query does, and keeps the connection and what it prepared', async () => {
    const inverse = { name: 'test-inverse', text: 'SELECT 1 / $1::int AS value' };
    const backend = async () => ((await single.query('SELECT pg_backend_pid() AS pid')) as Array<{ pid: number }>)[0].pid;
    const before = await backend();
    expect(await runPrepared(single, inverse, [2])).toEqual([{ value: 0 }]);

    const failure = await runPrepared(single, inverse, [0]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError).driverError).toMatchObject({ code: '22012' });

    expect(await runPrepared(single, inverse, [1])).toEqual([{ value: 1 }]);
    expect(await backend()).toBe(before);
    const prepared = (await single.query(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name = 'test-inverse'`)) as Array<{ n: number }>;
    expect(prepared[0].n).toBe(1);
  });
});

describe('the connection pool a join storm finds', () => {
  type Pool = { totalCount: number; idleCount: number; connect(): Promise<{ release(): void }> };
  const poolOf = (db: DataSource) => (db.driver as unknown as { master: Pool }).master;

  it('is open before the api serves anyone', async () => {
    const api = await startTestApp();
    try {
      // startTestApp's pool holds five connections.
      expect(poolOf(api.app.get(DataSource)).totalCount).toBe(5);
    } finally {
      await api.close();
    }
  });

  it('stays open while the room is quiet', async () => {
    const options = dataSourceOptions(process.env.TEST_DATABASE_URL as string, 3);
    // pg-pool closes idle connections above its minimum after this long (ten seconds by default).
    const db = new DataSource({ ...options, migrationsRun: false, extra: { ...(options.extra as object), idleTimeoutMillis: 20 } } as typeof options);
    await db.initialize();
    try {
      const pool = poolOf(db);
      const clients = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
      for (const client of clients) client.release();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(pool.totalCount).toBe(3);
      expect(pool.idleCount).toBe(3);
    } finally {
      await db.destroy();
    }
  });

  it('starts with fewer connections, and says so, when the database refuses some', async () => {
    const admin = new DataSource({ type: 'postgres', url: process.env.TEST_DATABASE_URL });
    await admin.initialize();
    const role = `pool_limited_${process.pid}`;
    await admin.query(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 2`);
    const url = new URL(process.env.TEST_DATABASE_URL as string);
    url.username = role;
    const db = new DataSource({ ...dataSourceOptions(url.toString(), 4), migrationsRun: false });
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      await db.initialize();
      await openConnectionPool(db, 4);
      expect(poolOf(db).totalCount).toBe(2);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Opened 2 of 4 connections at start: .*too many connections/));
      // What did open still serves.
      expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      warn.mockRestore();
      await db.destroy();
      await admin.query(`DROP ROLE ${role}`);
      await admin.destroy();
    }
  });
});
