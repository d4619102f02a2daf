import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { apiPaths, type DocumentVersionView, type ForumDetail } from '@mufakat/contracts';
import { isFinalAttempt, MINUTES_QUEUE, MinutesGenerator, minutesJobId, minutesJobOptions, redisConnection, type MinutesJobData } from '@mufakat/minutes';
import { dataSourceOptions, DocumentVersion, Forum } from '@mufakat/persistence';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import cookieParser from 'cookie-parser';
import { json } from 'express';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { HttpErrorFilter } from '../src/common/http-error.filter';
import { createValidationPipe } from '../src/common/validation';
import type { RuntimeConfig } from '../src/config/runtime-config';
import { MinutesRelay } from '../src/documents/minutes-relay.service';
import { createPublishedForum, http, signupStaff } from './support/factories';
import { PrivateRedis } from './support/private-redis';
import { createTestDatabase, dropTestDatabase } from './support/test-database';

const RELAY_MS = 300;

async function until<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(MinutesRelay.name, () => {
  // A database of its own: the relay claims every forum's queued versions, and other specs leave some behind.
  let database: { url: string; name: string };
  const documentsDir = mkdtempSync(join(tmpdir(), 'mufakat-outbox-'));
  let redis: PrivateRedis;
  let db: DataSource;
  let organiser: { cookie: string };
  let forum: ForumDetail;
  let organiserId: string;

  function config(queue: 'bullmq' | 'in-process'): RuntimeConfig {
    return {
      mode: 'hosted',
      port: 0,
      host: '127.0.0.1',
      dataDir: documentsDir,
      databaseUrl: database.url,
      databasePoolSize: 5,
      redisUrl: queue === 'bullmq' ? redis.url : null,
      publicUrl: 'http://mufakat.test',
      sessionSecret: 'integration-test-secret-integration-test-secret',
      web: { audienceDir: null, consoleDir: null },
      documents: { dir: documentsDir, timeZone: 'Asia/Jakarta', queue, relayMs: RELAY_MS },
      tallyFlushMs: 100,
    };
  }

  /**
   * The api as createApp builds it, but with Socket.IO in memory whatever the mode: this spec takes Redis away from
   * the minutes queue, not from the broadcasts.
   */
  async function startApi(queue: 'bullmq' | 'in-process'): Promise<{ app: INestApplication; url: string }> {
    const app = await NestFactory.create(AppModule.forRoot(config(queue)), { logger: ['error'], bodyParser: false });
    app.use(json());
    app.use(cookieParser());
    app.useGlobalFilters(new HttpErrorFilter());
    app.useGlobalPipes(createValidationPipe());
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    return { app, url: `http://127.0.0.1:${port}` };
  }

  const version = (id: string) => db.getRepository(DocumentVersion).findOneByOrFail({ id });
  const ready = (id: string) => until(async () => (await version(id)).status === 'ready' && version(id));
  /** Not claimed by the relay: a pass claims a version before it enqueues it, and releases it when Redis refuses. */
  const unclaimed = (id: string) => until(async () => (await version(id)).enqueuedAt === null && version(id), 10_000);

  /** A version whose job was handed over earlier, as a process that was killed mid-job leaves it. */
  async function enqueuedVersion(status: 'queued' | 'generating' = 'generating'): Promise<DocumentVersion> {
    const [{ next }] = (await db.query('SELECT coalesce(max(version), 0) + 1 AS next FROM document_versions WHERE forum_id = $1', [forum.id])) as Array<{
      next: number;
    }>;
    return db.getRepository(DocumentVersion).save({
      forumId: forum.id,
      version: Number(next),
      language: 'id',
      status,
      progress: status === 'generating' ? 25 : 0,
      requestedBy: organiserId,
      enqueuedAt: new Date(Date.now() - 60_000),
    });
  }

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    database = await createTestDatabase();
    db = await new DataSource({ ...dataSourceOptions(database.url, 2), migrationsRun: false }).initialize();
  });

  afterAll(async () => {
    await db?.destroy();
    if (database) await dropTestDatabase(database.name);
    await redis?.down();
    rmSync(documentsDir, { recursive: true, force: true });
  });

  describe('hosted: BullMQ on Redis', () => {
    let api: { app: INestApplication; url: string };
    let worker: Worker<MinutesJobData>;
    let queue: Queue<MinutesJobData>;

    /** What apps/worker runs: the same generator behind a BullMQ worker. */
    function startWorker(): Worker<MinutesJobData> {
      const generator = new MinutesGenerator(db, { documentsDir, timeZone: 'Asia/Jakarta' });
      const started = new Worker<MinutesJobData>(
        MINUTES_QUEUE,
        (job) => generator.generate(job.data, { finalAttempt: isFinalAttempt(job.attemptsMade, job.opts.attempts), onProgress: (p) => job.updateProgress(p) }),
        { connection: redisConnection(redis.url) },
      );
      started.on('error', () => undefined);
      return started;
    }

    beforeAll(async () => {
      api = await startApi('bullmq');
      const staff = await signupStaff(api.url, 'outbox');
      organiser = { cookie: staff.cookie };
      forum = await createPublishedForum(api.url, staff.cookie);
      organiserId = (await db.getRepository(Forum).findOneByOrFail({ id: forum.id })).createdBy;
      worker = startWorker();
      queue = new Queue<MinutesJobData>(MINUTES_QUEUE, { connection: redisConnection(redis.url) });
      queue.on('error', () => undefined);
    });

    afterAll(async () => {
      await worker?.close();
      await queue?.close();
      await api?.app.close();
    });

    it('generates a version requested while Redis was down, once Redis is back', async () => {
      await redis.down();
      const started = Date.now();
      const requested = await http<DocumentVersionView>(api.url, apiPaths.documents(forum.id), { body: { language: 'id' }, ...organiser });
      const requestMs = Date.now() - started;

      // The request still succeeds, at once: the version is the record of intent, not yet handed to the queue.
      expect(requested.status).toBe(202);
      expect(requested.body).toMatchObject({ status: 'queued' });
      expect(requestMs).toBeLessThan(3_000);
      expect(await unclaimed(requested.body.id)).toMatchObject({ status: 'queued' });
      // Relay passes while Redis is away leave it for later.
      await new Promise((resolve) => setTimeout(resolve, 4 * RELAY_MS));
      expect(await unclaimed(requested.body.id)).toMatchObject({ status: 'queued' });

      await redis.up();
      const done = await ready(requested.body.id);

      expect(done.enqueuedAt).not.toBeNull();
      expect(done.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
      // One job per version, whatever the passes that saw it.
      const jobs = await queue.getJobs(['completed', 'failed', 'active', 'wait', 'delayed']);
      expect(jobs.filter((job) => job.data.documentId === requested.body.id).map((job) => job.id)).toEqual([minutesJobId(requested.body.id)]);
    });

    it('enqueues again a version whose job was lost, or failed without the version knowing', async () => {
      // A worker killed mid-job: BullMQ fails the stalled job, and nothing marks the version.
      await worker.close();
      const stalled = await enqueuedVersion();
      await queue.add('generate', { forumId: forum.id, documentId: stalled.id }, minutesJobOptions(stalled.id));
      const killed = new Worker<MinutesJobData>(MINUTES_QUEUE, undefined, { connection: redisConnection(redis.url), autorun: false });
      const job = await killed.getNextJob('killed');
      expect(job?.id).toBe(minutesJobId(stalled.id));
      await job?.moveToFailed(new UnrecoverableError('job stalled more than allowable limit'), 'killed');
      await killed.close();
      // Made only now: the relay (every RELAY_MS) would enqueue it at once, ahead of the job the killed worker takes.
      const lost = await enqueuedVersion();
      // The api's relay may already have retried the failed job.
      expect(['failed', 'waiting']).toContain(await queue.getJobState(minutesJobId(stalled.id)));
      worker = startWorker();

      expect(await ready(lost.id)).toMatchObject({ progress: 100, error: null });
      expect(await ready(stalled.id)).toMatchObject({ progress: 100, error: null });
      expect(await queue.getJobState(minutesJobId(lost.id))).toBe('completed');
      expect(await queue.getJobState(minutesJobId(stalled.id))).toBe('completed');
    });

    it('leaves alone a version whose job is waiting its turn', async () => {
      const waiting = await enqueuedVersion('queued');
      await queue.add('generate', { forumId: forum.id, documentId: waiting.id }, { ...minutesJobOptions(waiting.id), delay: 3_600_000 });

      await api.app.get(MinutesRelay).pass();
      await api.app.get(MinutesRelay).pass();

      expect(await queue.getJobState(minutesJobId(waiting.id))).toBe('delayed');
      expect(await version(waiting.id)).toMatchObject({ status: 'queued' });
      // Its turn comes: nothing else ran it in between.
      await (await queue.getJob(minutesJobId(waiting.id)))?.promote();
      await ready(waiting.id);
      expect((await queue.getJob(minutesJobId(waiting.id)))?.attemptsMade).toBe(1);
    });
  });

  describe('embedded: the in-process runner', () => {
    it('at start, runs again a version left generating by a process that was killed', async () => {
      const stranded = await enqueuedVersion();

      const api = await startApi('in-process');
      try {
        const done = await ready(stranded.id);
        expect(done).toMatchObject({ status: 'ready', progress: 100 });
      } finally {
        await api.app.close();
      }
    });
  });
});
