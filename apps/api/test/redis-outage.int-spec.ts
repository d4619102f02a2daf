import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiPaths, LiveEvent, type DocumentVersionView, type ForumChange, type ForumDetail, type ForumSnapshot } from '@mufakat/contracts';
import { isFinalAttempt, MINUTES_QUEUE, MinutesGenerator, redisConnection, type MinutesJobData } from '@mufakat/minutes';
import { DocumentVersion } from '@mufakat/persistence';
import { Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { createPublishedForum, http, LiveTestClient, registerAttendee, signupStaff, sleep } from './support/factories';
import { PrivateRedis } from './support/private-redis';
import { startTestApp, type TestApp } from './support/test-app';

interface HealthBody {
  status: string;
  details: Record<string, { status: string }>;
}

const isPublic = (change: ForumChange) => change.stream === 'public';

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Settles with the work or after `ms`, whichever is first: cleanup goes on past a close that hangs. */
async function within(ms: number, work: Promise<unknown> | undefined): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([Promise.resolve(work).catch(() => undefined), late]).finally(() => clearTimeout(timer));
}

/**
 * The replicas run in this process, so what would end a real replica ends this run instead: Jest fails the suite on
 * an unhandled rejection.
 */
describe('two hosted api replicas through a Redis outage', () => {
  const documentsDir = mkdtempSync(join(tmpdir(), 'mufakat-redis-outage-'));
  const clients: LiveTestClient[] = [];
  let redis: PrivateRedis;
  let first: TestApp;
  let second: TestApp;
  let worker: Worker<MinutesJobData> | undefined;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    // One after the other: the first runs the migrations.
    first = await startTestApp({ redisUrl: redis.url, documentsDir });
    second = await startTestApp({ redisUrl: redis.url, documentsDir });
    // What apps/worker runs: the generator behind a BullMQ worker on the same Redis.
    const generator = new MinutesGenerator(first.app.get(DataSource), { documentsDir, timeZone: 'Asia/Jakarta' });
    worker = new Worker<MinutesJobData>(
      MINUTES_QUEUE,
      (job) => generator.generate(job.data, { finalAttempt: isFinalAttempt(job.attemptsMade, job.opts.attempts), onProgress: (p) => job.updateProgress(p) }),
      { connection: redisConnection(redis.url) },
    );
    worker.on('error', () => undefined);
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    try {
      // Closing queues and adapters waits on Redis: bring it back if the test left it down.
      if (redis && !redis.isUp) await redis.up();
      for (const close of [() => worker?.close(), () => first?.close(), () => second?.close()]) await within(10_000, close());
    } finally {
      await redis?.down();
      rmSync(documentsDir, { recursive: true, force: true });
    }
  }, 45_000);

  it('keeps both replicas serving their own sockets while Redis is away, and links them again when it is back', async () => {
    const organiser = await signupStaff(first.url, 'outage-organiser');
    const forum: ForumDetail = await createPublishedForum(first.url, organiser.cookie);
    const projectorKey = new URL(forum.projectorUrl, 'http://x').searchParams.get('key') as string;
    const replicas = [first, second];
    const projectors = await Promise.all(replicas.map((replica) => LiveTestClient.connect(replica.url, { forumId: forum.id, projectorKey })));
    const staff = await Promise.all(replicas.map((replica) => LiveTestClient.connect(replica.url, { forumId: forum.id }, organiser.cookie)));
    clients.push(...projectors, ...staff);
    const voters: LiveTestClient[] = [];
    for (let i = 0; i < 10; i++) {
      const attendee = await registerAttendee(first.url, forum.joinCode as string, { name: `Peserta ${i}` });
      voters.push(await LiveTestClient.connect(replicas[i % 2].url, { forumId: forum.id, attendeeToken: attendee.attendeeToken }));
    }
    clients.push(...voters);

    /** The voter asks and staff on the voter's replica approve; resolves with the question's id. */
    async function askAndApprove(voter: number, text: string): Promise<string> {
      const replica = voter % 2;
      const asked = await voters[voter].emit(LiveEvent.ask, { text });
      if (!asked.ok) throw new Error(`ask failed: ${JSON.stringify(asked)}`);
      await staff[replica].waitFor((c) => c.stream === 'staff' && c.change.type === 'question.updated' && c.change.question.id === asked.data.id);
      const approved = await staff[replica].emit(LiveEvent.moderate, { questionId: asked.data.id, decision: 'approve' });
      if (!approved.ok) throw new Error(`approve failed: ${JSON.stringify(approved)}`);
      return asked.data.id;
    }
    const upserted = (id: string) => (c: ForumChange) => c.stream === 'public' && c.change.type === 'question.upserted' && c.change.question.id === id;
    const health = (replica: TestApp) => http<HealthBody>(replica.url, apiPaths.health);

    // Linked: a question approved on the first replica reaches the projector on the second.
    const questionId = await askAndApprove(0, 'Berapa lama KTP-el selesai dicetak?');
    await projectors[1].waitFor(upserted(questionId));

    // A burst of upvotes and questions from both replicas, and Redis going away in the middle of it.
    const burst = Promise.all(
      voters.map(async (voter, i) => {
        const acks: boolean[] = [];
        for (let round = 0; round < 12; round++) {
          acks.push((await voter.emit(LiveEvent.upvote, { questionId, upvoted: round % 2 === 0 })).ok);
          if (round === 6) acks.push((await voter.emit(LiveEvent.ask, { text: `Pertanyaan saat gangguan nomor ${i}` })).ok);
        }
        return acks;
      }),
    );
    await sleep(30);
    await redis.down();
    // Every change was stored and acknowledged: Postgres holds the truth, Redis only carries the news.
    expect((await burst).flat().every(Boolean)).toBe(true);
    // Long enough for ioredis to give up on what it held for Redis (the chaos test's restart took two seconds).
    await sleep(1_000);

    // Both answer, and say what is missing without leaving the balancer's rotation.
    for (const replica of replicas) {
      const status = await health(replica);
      expect(status).toMatchObject({ status: 200, body: { status: 'degraded', details: { database: { status: 'up' }, redis: { status: 'down' } } } });
    }
    // Each replica still reaches its own sockets.
    const duringOutage = [await askAndApprove(0, 'Apakah loket buka hari Sabtu?'), await askAndApprove(1, 'Bisakah antrean dibuat daring?')];
    await projectors[0].waitFor(upserted(duringOutage[0]));
    await projectors[1].waitFor(upserted(duringOutage[1]));
    // A Berita Acara requested now is accepted; its job waits in the outbox.
    const requested = await http<DocumentVersionView>(first.url, apiPaths.documents(forum.id), { body: { language: 'id' }, cookie: organiser.cookie });
    expect(requested).toMatchObject({ status: 202, body: { status: 'queued' } });

    await redis.up();

    for (const replica of replicas) await until('health ok again', async () => (await health(replica)).body.status === 'ok');
    // Linked again: a change made on the first replica reaches the second by itself (its subscriber may come back
    // one reconnection delay after the health check's connection, hence more than one try, by different attendees).
    let attempt = 0;
    const afterwards = await until('a change crosses replicas again', async () => {
      const id = await askAndApprove(2 * (1 + (attempt++ % 4)), `Setelah gangguan, percobaan ${attempt}`);
      return (await projectors[1].waitFor(upserted(id), 1_500).catch(() => null)) && id;
    });
    // What the first replica sent while Redis was away never reached the second: its projector sees a gap in the
    // sequence numbers, which is what makes a client sync, and the snapshot it gets has everything.
    expect(projectors[1].changes.some(upserted(duringOutage[0]))).toBe(false);
    const seen = new Set(projectors[1].changes.filter(isPublic).map((c) => c.seq));
    const missed = [...Array(Math.max(...seen)).keys()].filter((seq) => seq > Math.min(...seen) && !seen.has(seq));
    expect(missed.length).toBeGreaterThan(0);
    const synced = await projectors[1].emit(LiveEvent.sync, { reason: 'gap' });
    if (!synced.ok) throw new Error('sync failed');
    const snapshot: ForumSnapshot = synced.data;
    expect(snapshot.questions.map((q) => q.id)).toEqual(expect.arrayContaining([questionId, ...duringOutage, afterwards]));

    // The minutes requested during the outage are generated once Redis is back.
    const db = first.app.get(DataSource);
    const ready = await until('minutes generated', async () => {
      const version = await db.getRepository(DocumentVersion).findOneByOrFail({ id: requested.body.id });
      return version.status === 'ready' && version;
    });
    expect(ready.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    // And staff on both replicas hear of it: the workers' events come through Redis again.
    for (const staffSocket of staff) {
      await staffSocket.waitFor(
        (c) => c.stream === 'staff' && c.change.type === 'document.updated' && c.change.document.id === ready.id && c.change.document.status === 'ready',
      );
    }
  }, 60_000);
});
