import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { documentFilePath, MINUTES_QUEUE, minutesJobOptions, redisConnection, type MinutesJobData } from '@mufakat/minutes';
import {
  AgendaItem,
  ConsensusItem,
  dataSourceOptions,
  DocumentPhoto,
  DocumentVersion,
  Forum,
  Participant,
  StaffUser,
  SurveyResponse,
} from '@mufakat/persistence';
import { Queue, QueueEvents } from 'bullmq';
import JSZip from 'jszip';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../src/worker.module';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// A 1×1 PNG: enough for a documentation photo.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('minutes worker', () => {
  const dbName = `mufakat_worker_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const prefix = `mufakat-test-${randomBytes(4).toString('hex')}`;
  const documentsDir = mkdtempSync(join(tmpdir(), 'mufakat-worker-'));
  let databaseUrl: string;
  let db: DataSource;
  let worker: INestApplicationContext;
  let queue: Queue<MinutesJobData>;
  let events: QueueEvents;

  beforeAll(async () => {
    const admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
    // The api's migrations make the schema, as they do before a worker starts in the hosted stack.
    db = new DataSource(dataSourceOptions(databaseUrl, 2));
    await db.initialize();
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot({ databaseUrl, redisUrl: REDIS_URL, documentsDir, timeZone: 'Asia/Jakarta', concurrency: 1, queuePrefix: prefix }),
      { logger: ['error'] },
    );
    await worker.init();
    queue = new Queue(MINUTES_QUEUE, { connection: redisConnection(REDIS_URL), prefix });
    events = new QueueEvents(MINUTES_QUEUE, { connection: redisConnection(REDIS_URL), prefix });
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
    rmSync(documentsDir, { recursive: true, force: true });
  });

  /** Resolves with the job's return value once it completes, whatever attempts failed before. */
  function completion(jobId: string, timeoutMs = 90_000): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${jobId} did not complete; last failure: ${lastFailure}`)), timeoutMs);
      let lastFailure = '';
      events.on('failed', ({ jobId: id, failedReason }) => {
        if (id === jobId) lastFailure = failedReason;
      });
      events.on('completed', ({ jobId: id, returnvalue }) => {
        if (id !== jobId) return;
        clearTimeout(timer);
        resolve(returnvalue);
      });
    });
  }

  async function until<T>(probe: () => Promise<T | null>, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await probe();
      if (found) return found;
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async function forumWithRecord(): Promise<{ forum: Forum; photo: DocumentPhoto }> {
    const staff = await db.getRepository(StaffUser).save({ email: `${randomUUID()}@dinas.test`, name: 'Organiser', passwordHash: 'x' });
    const forum = await db.getRepository(Forum).save({
      title: 'FKP Layanan KTP Elektronik',
      theme: 'Waktu tunggu pencetakan',
      serviceName: 'KTP-el',
      unitName: 'Dinas Dukcapil Kota Contoh',
      venue: 'Aula Kantor',
      startsAt: new Date('2026-11-20T02:00:00Z'),
      projectorKey: randomUUID(),
      createdBy: staff.id,
    });
    const agenda = await db.getRepository(AgendaItem).save({ forumId: forum.id, position: 0, title: 'Paparan layanan', plannedMinutes: 30 });
    const people = await db.getRepository(Participant).save(
      Array.from({ length: 7 }, (_, i) => ({
        forumId: forum.id,
        name: i === 0 ? 'Siti Aisyah' : `Peserta ${i}`,
        institution: 'Warga',
        category: i % 2 ? ('service_user' as const) : ('media' as const),
        mode: i < 4 ? ('room' as const) : ('online' as const),
        tokenHash: randomBytes(32).toString('hex'),
      })),
    );
    await db.getRepository(ConsensusItem).save({
      forumId: forum.id,
      agendaItemId: agenda.id,
      text: 'Loket khusus lansia dibuka setiap hari kerja',
      status: 'approved',
      number: 1,
      followUp: { action: 'Menyiapkan loket lansia', responsibleUnit: 'Bidang Pelayanan', deadline: '2027-01-31', timeFrame: null, status: 'planned' },
      decidedAt: new Date(),
      createdBy: staff.id,
    });
    await db
      .getRepository(SurveyResponse)
      .save(people.slice(0, 2).map((p, i) => ({ participantId: p.id, forumId: forum.id, scores: Array(9).fill(i === 0 ? 4 : 3) })));
    // The photo's file is missing for now: the first attempt fails on it, as it would on a documents folder not mounted yet.
    const photo = await db
      .getRepository(DocumentPhoto)
      .save({ forumId: forum.id, caption: 'Suasana forum', mime: 'image/png', size: PHOTO.length, filePath: `${forum.id}/photos/p.png` });
    return { forum, photo };
  }

  it('generates a version: progress reported, a failed first attempt retried, files and their SHA-256 stored', async () => {
    const { forum, photo } = await forumWithRecord();
    const row = await db.getRepository(DocumentVersion).save({ forumId: forum.id, version: 1, language: 'id', status: 'queued', requestedBy: forum.createdBy });
    const jobId = minutesJobOptions(row.id).jobId as string;
    const progress: number[] = [];
    events.on('progress', ({ jobId: id, data }) => {
      if (id === jobId) progress.push(Number(data));
    });
    // The photos folder must exist for the file written after the first failure.
    execFileSync('mkdir', ['-p', join(documentsDir, forum.id, 'photos')]);

    const done = completion(jobId);
    await queue.add('generate', { forumId: forum.id, documentId: row.id }, { ...minutesJobOptions(row.id), backoff: { type: 'fixed', delay: 1000 } });
    // The first attempt fails and says why on the version, which stays queued for the retry; then the file appears.
    const failed = await until(async () => {
      const current = await db.getRepository(DocumentVersion).findOneByOrFail({ id: row.id });
      return current.error ? current : null;
    });
    expect(failed).toMatchObject({ status: 'queued', error: expect.stringContaining('ENOENT') });
    writeFileSync(join(documentsDir, photo.filePath), PHOTO);
    const outcome = await done;

    expect(outcome).toBe('generated');
    expect((await queue.getJob(jobId))?.attemptsMade).toBe(2);
    // The failed attempt went back to 0; the retry climbed to 100 step by step.
    const retry = progress.slice(progress.lastIndexOf(0) + 1);
    expect(progress).toContain(0);
    expect(retry).toEqual([5, 25, 60, 85, 100]);
    const stored = await db.getRepository(DocumentVersion).findOneByOrFail({ id: row.id });
    expect(stored).toMatchObject({ status: 'ready', progress: 100, error: null });
    const pdf = readFileSync(documentFilePath(documentsDir, forum.id, 1, 'pdf'));
    const docx = readFileSync(documentFilePath(documentsDir, forum.id, 1, 'docx'));
    expect(stored.pdfSha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(stored.docxSha256).toBe(createHash('sha256').update(docx).digest('hex'));

    // The documents say what the forum decided, with the real attendance and IKM (4s and 3s: 3.5 × 25 = 87.5, B).
    const pdfText = execFileSync('pdftotext', ['-layout', documentFilePath(documentsDir, forum.id, 1, 'pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdfText).toContain('Loket khusus lansia dibuka setiap hari kerja');
    expect(pdfText).toContain('Menyiapkan loket lansia');
    expect(pdfText).toMatch(/\b7\b/);
    expect(pdfText).toContain('87,5');
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
    const docxText = (xml ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(docxText).toContain('Loket khusus lansia dibuka setiap hari kerja');
    expect(docxText).toContain('Bidang Pelayanan');

    // One page rendered to PNG: the PDF is not just parseable but drawable.
    const png = execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', documentFilePath(documentsDir, forum.id, 1, 'pdf')]);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(2000);
  });

  it('is idempotent per version: the same version enqueued again is one job, and a ready version is not rewritten', async () => {
    const { forum } = await forumWithRecord();
    execFileSync('mkdir', ['-p', join(documentsDir, forum.id, 'photos')]);
    writeFileSync(join(documentsDir, forum.id, 'photos', 'p.png'), PHOTO);
    const row = await db.getRepository(DocumentVersion).save({ forumId: forum.id, version: 1, language: 'en', status: 'queued', requestedBy: forum.createdBy });
    const done = completion(minutesJobOptions(row.id).jobId as string);
    const first = await queue.add('generate', { forumId: forum.id, documentId: row.id }, minutesJobOptions(row.id));
    const again = await queue.add('generate', { forumId: forum.id, documentId: row.id }, minutesJobOptions(row.id));
    expect(again.id).toBe(first.id);
    expect(await done).toBe('generated');
    const { pdfSha256 } = await db.getRepository(DocumentVersion).findOneByOrFail({ id: row.id });

    // A redelivery under another job id (say, enqueued by a second api replica after a restart) leaves it as is.
    const redone = completion(`minutes-${row.id}-again`);
    await queue.add('generate', { forumId: forum.id, documentId: row.id }, { jobId: `minutes-${row.id}-again` });
    expect(await redone).toBe('already-ready');
    expect((await db.getRepository(DocumentVersion).findOneByOrFail({ id: row.id })).pdfSha256).toBe(pdfSha256);
  });
});
