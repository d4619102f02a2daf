import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FOLLOW_UP_REMINDERS_EVERY_MS, FOLLOW_UP_REMINDERS_QUEUE, redisConnection, type ReminderRun } from '@mufakat/minutes';
import { dataSourceOptions } from '@mufakat/persistence';
import { Queue, QueueEvents } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../src/worker.module';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('follow-up reminders in the worker', () => {
  const dbName = `mufakat_reminders_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const prefix = `mufakat-test-${randomBytes(4).toString('hex')}`;
  let db: DataSource;
  let worker: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    const admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    db = await new DataSource(dataSourceOptions(url.toString(), 2)).initialize();
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot({
        databaseUrl: url.toString(),
        redisUrl: REDIS_URL,
        documentsDir: '/tmp',
        timeZone: 'Asia/Jakarta',
        concurrency: 1,
        queuePrefix: prefix,
      }),
      { logger: ['error'] },
    );
    await worker.init();
    queue = new Queue(FOLLOW_UP_REMINDERS_QUEUE, { connection: redisConnection(REDIS_URL), prefix });
    events = new QueueEvents(FOLLOW_UP_REMINDERS_QUEUE, { connection: redisConnection(REDIS_URL), prefix });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await events?.close();
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await worker?.close();
    await db?.destroy();
    const admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });

  it('schedules one repeatable job, whose run flags an overdue action once and notifies its unit’s officer', async () => {
    const scheduler = await queue.getJobScheduler('follow-up-reminders');
    expect(Number(scheduler?.every)).toBe(FOLLOW_UP_REMINDERS_EVERY_MS);

    const [{ id: userId }] = (await db.query(
      `INSERT INTO staff_users (email, name, password_hash) VALUES ('officer@worker.test', 'Officer', 'x') RETURNING id`,
    )) as Array<{ id: string }>;
    const [{ id: organisationId }] = (await db.query(`INSERT INTO organisations (name) VALUES ('Organisasi') RETURNING id`)) as Array<{ id: string }>;
    const [{ id: unitId }] = (await db.query(`INSERT INTO units (name, code, organisation_id, created_by) VALUES ('Dinas', 'D', $1, $2) RETURNING id`, [
      organisationId,
      userId,
    ])) as Array<{ id: string }>;
    await db.query(`INSERT INTO unit_members (unit_id, user_id, role) VALUES ($1, $2, 'officer')`, [unitId, userId]);
    const [{ id: forumId }] = (await db.query(
      `INSERT INTO forums (title, theme, service_name, unit_name, venue, starts_at, projector_key, created_by, unit_id)
       VALUES ('FKP', 't', 's', 'Dinas', 'Aula', now() - interval '100 days', 'k', $1, $2) RETURNING id`,
      [userId, unitId],
    )) as Array<{ id: string }>;
    const [{ id: itemId }] = (await db.query(
      `INSERT INTO consensus_items (forum_id, text, status, number, created_by) VALUES ($1, 'Kesepakatan', 'approved', 1, $2) RETURNING id`,
      [forumId, userId],
    )) as Array<{ id: string }>;
    await db.query(
      `INSERT INTO follow_up_actions (consensus_item_id, forum_id, unit_id, action, responsible_unit, deadline) VALUES ($1, $2, $3, 'Aksi terlambat', 'Bidang', current_date - 10)`,
      [itemId, forumId, unitId],
    );

    const runOnce = async (): Promise<ReminderRun> => {
      const job = await queue.add('run', {});
      return (await job.waitUntilFinished(events, 30_000)) as ReminderRun;
    };
    expect(await runOnce()).toEqual({ flagged: 1, mailed: 0 });
    expect(await runOnce()).toEqual({ flagged: 0, mailed: 0 });
    expect(await db.query(`SELECT kind FROM staff_notifications WHERE user_id = $1`, [userId])).toEqual([{ kind: 'overdue' }]);
  });
});
