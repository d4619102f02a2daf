import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { apiPaths, LiveEvent, type Ack, type ForumDetail } from '@mufakat/contracts';
import { Client } from 'pg';
import { createPublishedForum, http, LiveTestClient, registerAttendee, signupStaff, sleep } from '../support/factories';
import { PrivateRedis } from '../support/private-redis';
import { startApiProcess, type ApiProcess } from './support/api-process';

const run = promisify(execFile);

/** A Postgres cluster of this spec's own, so that it can be restarted without touching the machine's. */
const CLUSTER = { version: '15', name: 'faults', port: 5440 };
const cluster = (action: 'start' | 'stop' | 'restart', ...options: string[]) => run('pg_ctlcluster', [CLUSTER.version, CLUSTER.name, action, ...options]);

async function createCluster(): Promise<void> {
  // A run that crashed may have left it behind: start from nothing.
  await run('pg_dropcluster', [CLUSTER.version, CLUSTER.name, '--stop']).catch(() => undefined);
  await run('pg_createcluster', [CLUSTER.version, CLUSTER.name, '--port', String(CLUSTER.port), '--start', '--', '--auth=trust']);
}

interface HealthBody {
  status: string;
  details?: Record<string, { status: string }>;
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe().catch(() => null);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(200);
  }
}

describe('two hosted replicas through a Postgres restart', () => {
  const adminUrl = `postgres://postgres@127.0.0.1:${CLUSTER.port}/postgres`;
  const databaseUrl = `postgres://postgres@127.0.0.1:${CLUSTER.port}/mufakat`;
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-pg-restart-'));
  const replicas: ApiProcess[] = [];
  const clients: LiveTestClient[] = [];
  let redis: PrivateRedis;

  beforeAll(async () => {
    await createCluster();
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE mufakat');
    await admin.end();
    redis = await PrivateRedis.start();
    const env = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl, REDIS_URL: redis.url, SESSION_SECRET: 'fault-suite-secret-fault-suite-secret-0123' };
    // One after the other: the first runs the migrations.
    replicas.push(await startApiProcess(env));
    replicas.push(await startApiProcess(env));
  }, 180_000);

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await Promise.all(replicas.map((replica) => replica.stop()));
    await redis?.down();
    await run('pg_dropcluster', [CLUSTER.version, CLUSTER.name, '--stop']).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('answers every event during the outage with an error, reports the database down, and both replicas write again after', async () => {
    const [first] = replicas;
    const organiser = await signupStaff(first.url, 'pg-organiser');
    const forum: ForumDetail = await createPublishedForum(first.url, organiser.cookie);
    const staff = await LiveTestClient.connect(first.url, { forumId: forum.id }, organiser.cookie);
    clients.push(staff);
    const voters: LiveTestClient[] = [];
    for (let i = 0; i < 8; i++) {
      const attendee = await registerAttendee(first.url, forum.joinCode as string, { name: `Peserta ${i}` });
      voters.push(await LiveTestClient.connect(replicas[i % 2].url, { forumId: forum.id, attendeeToken: attendee.attendeeToken }));
    }
    clients.push(...voters);
    const asked = await voters[0].emit(LiveEvent.ask, { text: 'Berapa lama antrean rata-rata?' });
    if (!asked.ok) throw new Error(JSON.stringify(asked));
    const approved = await staff.emit(LiveEvent.moderate, { questionId: asked.data.id, decision: 'approve' });
    if (!approved.ok) throw new Error(JSON.stringify(approved));
    const questionId = asked.data.id;

    // Traffic on both replicas until told to stop: upvotes toggled, and syncs (reads).
    const outcomes: Array<{ phase: 'before' | 'outage' | 'after'; ok: boolean; code?: string; event: string }> = [];
    let phase: 'before' | 'outage' | 'after' = 'before';
    let going = true;
    const traffic = Promise.all(
      voters.map(async (voter, i) => {
        for (let round = 0; going; round++) {
          const event = round % 3 === 2 ? LiveEvent.sync : LiveEvent.upvote;
          const sentIn = phase;
          const ack: Ack<unknown> | Error = await (
            event === LiveEvent.sync ? voter.emitRaw(event, { reason: 'gap' }) : voter.emitRaw(event, { questionId, upvoted: (round + i) % 2 === 0 })
          ).catch((error: Error) => error);
          if (ack instanceof Error) outcomes.push({ phase: sentIn, ok: false, code: `no acknowledgement: ${ack.message}`, event });
          else outcomes.push({ phase: sentIn, ok: ack.ok, code: ack.ok ? undefined : ack.error.code, event });
          await sleep(20);
        }
      }),
    );
    await sleep(500);

    phase = 'outage';
    await cluster('stop', '--', '-m', 'fast');
    await sleep(1_500);
    const healthDuring = await Promise.all(replicas.map((replica) => http<HealthBody>(replica.url, apiPaths.health)));
    // A staff REST write during the outage: a clean error, not a hang.
    const restDuring = await http(first.url, apiPaths.documents(forum.id), { body: { language: 'id' }, cookie: organiser.cookie });
    await sleep(1_000);
    await cluster('start');
    phase = 'after';
    for (const replica of replicas) await until('health ok again', async () => (await http<HealthBody>(replica.url, apiPaths.health)).body.status === 'ok');
    await sleep(1_000);
    going = false;
    await traffic;

    const during = outcomes.filter((o) => o.phase === 'outage');
    const codes = during.reduce<Record<string, number>>(
      (count, o) => ({ ...count, [o.ok ? 'ok' : (o.code as string)]: (count[o.ok ? 'ok' : (o.code as string)] ?? 0) + 1 }),
      {},
    );
    console.log(
      `postgres restart: ${outcomes.length} events acknowledged; during the outage ${JSON.stringify(codes)}; ` +
        `health during ${healthDuring.map((h) => `${h.status} ${JSON.stringify(h.body.details?.database)}`).join(', ')}; REST write during: ${restDuring.status}`,
    );
    // Every event had an answer, the refusals a code the clients know (the replica could not reach its database).
    expect(outcomes.filter((o) => o.code?.startsWith('no acknowledgement'))).toEqual([]);
    expect(during.filter((o) => !o.ok).length).toBeGreaterThan(0);
    for (const o of during.filter((o) => !o.ok)) expect(['INTERNAL', 'UNAVAILABLE', 'RATE_LIMITED']).toContain(o.code);
    for (const health of healthDuring) expect(health).toMatchObject({ status: 503, body: { details: { database: { status: 'down' } } } });
    expect(restDuring.status).toBeGreaterThanOrEqual(500);
    // Neither replica died.
    expect(replicas.map((replica) => replica.alive())).toEqual([true, true]);

    // Both write again: an upvote through each, and a question asked and approved through the second.
    for (const [i, voter] of voters.slice(0, 2).entries()) {
      const upvoted = await voter.emit(LiveEvent.upvote, { questionId, upvoted: true });
      expect([i, upvoted.ok]).toEqual([i, true]);
    }
    const after = await voters[1].emit(LiveEvent.ask, { text: 'Setelah gangguan basis data, apakah data aman?' });
    expect(after.ok).toBe(true);
    const health = await Promise.all(replicas.map((replica) => http<HealthBody>(replica.url, apiPaths.health)));
    for (const h of health) expect(h).toMatchObject({ status: 200, body: { status: 'ok', details: { database: { status: 'up' } } } });
  }, 120_000);
});
