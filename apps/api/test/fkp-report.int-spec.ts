import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  apiPaths,
  LiveEvent,
  type ApiErrorBody,
  type ClientAck,
  type ClientEventName,
  type ClientPayload,
  type DocumentFormat,
  type DocumentVersionView,
  type FkpReportView,
  type ForumChange,
  type ForumDetail,
  type RecordSettings,
} from '@mufakat/contracts';
import { FKP_REPORT_QUEUE, FkpReportGenerator, fkpReportJobId, isFinalAttempt, redisConnection, type FkpReportJobData } from '@mufakat/minutes';
import { AuditEntry, FkpReport } from '@mufakat/persistence';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { FkpReportRelay } from '../src/reports/fkp-report-relay.service';
import { createPublishedForum, http, LiveTestClient, registerAttendee, signupStaff } from './support/factories';
import { blankPng } from './support/images';
import { PrivateRedis } from './support/private-redis';
import { startTestApp, type TestApp } from './support/test-app';

const SETTINGS: RecordSettings = {
  unitName: 'Dinas Sosial Kabupaten Banyumas',
  unitCode: 'Dinsos',
  parentBody: 'Pemerintah Kabupaten Banyumas',
  address: 'Jl. Pemuda No. 2, Purwokerto',
  city: 'Purwokerto',
  numberPattern: '000.5/{n}/{unit}/{year}',
  headName: 'Dra. Sri Wahyuni',
  headPosition: 'Kepala Dinas Sosial',
  headNip: '19700101 199503 2 001',
  acknowledgerName: null,
  acknowledgerPosition: null,
  acknowledgerNip: null,
  showHiddenQuestionTexts: false,
};

type AckData<E extends ClientEventName> = Extract<ClientAck<E>, { ok: true }>['data'];

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const reportIn = (change: ForumChange): FkpReportView | null => (change.change.type === 'report.updated' ? change.change.report : null);

async function ok<E extends ClientEventName>(client: LiveTestClient, event: E, payload: ClientPayload<E>): Promise<AckData<E>> {
  const reply = await client.emit(event, payload);
  if (!reply.ok) throw new Error(`${event} failed: ${JSON.stringify(reply.error)}`);
  return reply.data;
}

async function until<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Staffed {
  forum: ForumDetail;
  organiser: string;
  moderator: string;
  organiserSocket: LiveTestClient;
  clients: LiveTestClient[];
}

/** A published forum with an organiser (live on a socket) and a moderator. */
async function staffedForum(url: string): Promise<Staffed> {
  const organiser = (await signupStaff(url, 'organiser')).cookie;
  const moderatorUser = await signupStaff(url, 'moderator');
  const forum = await createPublishedForum(url, organiser);
  expect((await http(url, apiPaths.forumMembers(forum.id), { body: { email: moderatorUser.email, role: 'moderator' }, cookie: organiser })).status).toBe(201);
  const organiserSocket = await LiveTestClient.connect(url, { forumId: forum.id }, organiser);
  return { forum, organiser, moderator: moderatorUser.cookie, organiserSocket, clients: [organiserSocket] };
}

/**
 * The whole FKP as the report tells it: attendees of three categories in the room and online, an agenda item run,
 * a question approved, a poll answered, a consensus item with its follow-up plan, the survey, a captioned photo and
 * the final, numbered Berita Acara.
 */
async function runForum(url: string, staffed: Staffed): Promise<DocumentVersionView> {
  const { forum, organiser } = staffed;
  expect((await http(url, apiPaths.recordSettings(forum.id), { method: 'PUT', body: SETTINGS, cookie: organiser })).status).toBe(200);
  const moderator = await LiveTestClient.connect(url, { forumId: forum.id }, staffed.moderator);
  staffed.clients.push(moderator);
  const people = [
    { name: 'Siti Aminah', category: 'service_user', mode: 'room' },
    { name: 'Budi Santoso', category: 'service_user', mode: 'online' },
    { name: 'Ani Lestari', category: 'media', mode: 'online' },
    { name: 'Dr. Joko Prasetyo', category: 'academic', mode: 'room' },
  ] as const;
  const attendees: LiveTestClient[] = [];
  for (const person of people) {
    const joined = await registerAttendee(url, forum.joinCode as string, person);
    const client = await LiveTestClient.connect(url, { forumId: forum.id, attendeeToken: joined.attendeeToken });
    attendees.push(client);
    staffed.clients.push(client);
  }
  const organiserLive = staffed.organiserSocket;
  await ok(organiserLive, LiveEvent.startAgendaItem, { agendaItemId: forum.agenda[2].id });

  const asked = await ok(attendees[0], LiveEvent.ask, { text: 'Berapa lama bantuan sosial lansia dicairkan?', agendaItemId: forum.agenda[2].id });
  await ok(moderator, LiveEvent.moderate, { questionId: asked.id, decision: 'approve' });

  const poll = await ok(organiserLive, LiveEvent.createPoll, {
    question: 'Kanal pengaduan mana yang paling mudah?',
    type: 'single',
    options: ['WhatsApp', 'Loket'],
    resultsVisible: true,
  });
  await ok(organiserLive, LiveEvent.setPollStatus, { pollId: poll.id, status: 'open' });
  for (const [i, client] of attendees.entries()) {
    await ok(client, LiveEvent.answerPoll, { pollId: poll.id, answer: { type: 'single', optionId: poll.options[i % 3 === 0 ? 0 : 1].id } });
  }
  await ok(organiserLive, LiveEvent.setPollStatus, { pollId: poll.id, status: 'closed' });

  const item = await ok(organiserLive, LiveEvent.createConsensus, { text: 'Membuka layanan jemput bola bagi penerima bantuan lansia' });
  await ok(organiserLive, LiveEvent.moveConsensus, { itemId: item.id, status: 'open' });
  await ok(attendees[0], LiveEvent.signalConsensus, { itemId: item.id, signal: 'agree' });
  await ok(organiserLive, LiveEvent.approveConsensus, {
    itemId: item.id,
    followUp: {
      action: 'Menyusun jadwal kunjungan rumah',
      responsibleUnit: 'Bidang Rehabilitasi Sosial',
      deadline: '2027-03-31',
      timeFrame: null,
      status: 'planned',
    },
  });

  await ok(moderator, LiveEvent.setSurveyOpen, { open: true });
  for (const client of attendees.slice(0, 2)) await ok(client, LiveEvent.submitSurvey, { scores: Array(9).fill(3) });
  await ok(moderator, LiveEvent.setSurveyOpen, { open: false });

  const form = new FormData();
  form.append('photo', new Blob([new Uint8Array(blankPng(40, 30))], { type: 'image/png' }), 'photo.png');
  form.append('caption', 'Suasana diskusi di Aula Dinas Sosial');
  expect((await fetch(url + apiPaths.photos(forum.id), { method: 'POST', body: form, headers: { cookie: organiser } })).status).toBe(201);

  const draft = await http<DocumentVersionView>(url, apiPaths.documents(forum.id), { body: { language: 'id' }, cookie: organiser });
  expect(draft.status).toBe(202);
  await documentReady(url, organiser, forum.id, draft.body.id);
  const finalised = await http<DocumentVersionView>(url, apiPaths.finaliseDocument(forum.id, draft.body.id), { method: 'POST', cookie: organiser });
  expect(finalised.status).toBe(202);
  return documentReady(url, organiser, forum.id, finalised.body.id);
}

function documentReady(url: string, cookie: string, forumId: string, documentId: string): Promise<DocumentVersionView> {
  return until(async () => {
    const versions = await http<DocumentVersionView[]>(url, apiPaths.documents(forumId), { cookie });
    const version = versions.body.find((v) => v.id === documentId);
    if (version?.status === 'failed') throw new Error(`version failed: ${version.error}`);
    return version?.status === 'ready' && version;
  });
}

async function download(
  url: string,
  cookie: string,
  forumId: string,
  reportId: string,
  format: DocumentFormat,
): Promise<{ status: number; body: Buffer; sha: string | null }> {
  const response = await fetch(url + apiPaths.fkpReportFile(forumId, reportId, format), { headers: { cookie } });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()), sha: response.headers.get('x-content-sha256') };
}

describe('FKP report (laporan pelaksanaan)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'mufakat-fkp-report-'));

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** `pdftotext` of the file, whitespace squashed; and the DOCX's document.xml. */
  function readBack(name: string, pdf: Buffer, docx: Buffer): { text: string; xml: string } {
    const pdfPath = join(scratch, `${name}.pdf`);
    const docxPath = join(scratch, `${name}.docx`);
    writeFileSync(pdfPath, pdf);
    writeFileSync(docxPath, docx);
    return {
      text: execFileSync('/usr/bin/pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
      xml: execFileSync('/usr/bin/unzip', ['-p', docxPath, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
    };
  }

  describe('embedded: generated in the api process', () => {
    const documentsDir = join(scratch, 'embedded');
    let api: TestApp;
    let staffed: Staffed;
    let final: DocumentVersionView;

    beforeAll(async () => {
      api = await startTestApp({ documentsDir });
      staffed = await staffedForum(api.url);
      final = await runForum(api.url, staffed);
    }, 120_000);

    afterAll(async () => {
      staffed?.clients.forEach((client) => client.close());
      await api?.close();
    });

    it('is generated on request, its progress pushed live to staff, and read back section by section', async () => {
      const { forum, organiser, organiserSocket } = staffed;
      const requested = await http<FkpReportView>(api.url, apiPaths.fkpReports(forum.id), { body: { language: 'id' }, cookie: organiser });
      expect(requested.status).toBe(202);
      expect(requested.body).toMatchObject({ language: 'id', status: 'queued', progress: 0, sha256: {}, beritaAcara: null });

      const ready = await organiserSocket.waitFor((c) => reportIn(c)?.id === requested.body.id && reportIn(c)?.status === 'ready', 60_000);
      const moves = organiserSocket.changes.map(reportIn).filter((r): r is FkpReportView => r?.id === requested.body.id);
      expect(moves[0].status).toBe('queued');
      expect(moves.some((r) => r.status === 'running' && r.progress > 0 && r.progress < 100)).toBe(true);
      expect(reportIn(ready)).toMatchObject({ progress: 100, beritaAcara: { version: final.version, number: final.documentNumber } });

      const listed = await http<FkpReportView[]>(api.url, apiPaths.fkpReports(forum.id), { cookie: organiser });
      expect(listed.status).toBe(200);
      const report = listed.body.find((r) => r.id === requested.body.id) as FkpReportView;
      expect(report).toMatchObject({ status: 'ready', completedAt: expect.any(String) });

      const pdf = await download(api.url, organiser, forum.id, report.id, 'pdf');
      const docx = await download(api.url, organiser, forum.id, report.id, 'docx');
      expect(pdf).toMatchObject({ status: 200, sha: report.sha256.pdf });
      expect(sha256(pdf.body)).toBe(report.sha256.pdf);
      expect(pdf.body.length).toBe(report.sizes.pdf);
      expect(sha256(docx.body)).toBe(report.sha256.docx);

      const { text, xml } = readBack('embedded-id', pdf.body, docx.body);
      const inOrder = [
        'LAPORAN PELAKSANAAN FORUM KONSULTASI PUBLIK',
        '1. Latar Belakang dan Dasar Hukum',
        'Nomor 16 Tahun 2017',
        '2. Waktu dan Tempat',
        forum.venue,
        '3. Peserta',
        'Jumlah peserta yang hadir: 4 orang.',
        'Hadir di ruangan: 2 orang; hadir secara daring: 2 orang.',
        'Pengguna layanan',
        'Media',
        '4. Jalannya Forum',
        'Agenda',
        forum.agenda[2].title,
        'Pertanyaan dan tanggapan utama',
        'Berapa lama bantuan sosial lansia dicairkan?',
        'Hasil jajak pendapat',
        'Kanal pengaduan mana yang paling mudah?',
        'WhatsApp',
        '5. Kesepakatan dan Rencana Tindak Lanjut',
        'Membuka layanan jemput bola bagi penerima bantuan lansia',
        'Menyusun jadwal kunjungan rumah',
        'Bidang Rehabilitasi Sosial',
        '6. Survei Kepuasan Masyarakat (SKM) dan IKM',
        'Mutu pelayanan',
        '7. Dokumentasi',
        'Suasana diskusi di Aula Dinas Sosial',
        '8. Berita Acara',
        final.documentNumber as string,
        final.sha256.pdf as string,
        final.sha256.docx as string,
      ];
      let at = -1;
      for (const expected of inOrder) {
        const next = text.indexOf(expected, at + 1);
        if (next <= at) throw new Error(`"${expected}" missing or out of order in the report's text`);
        at = next;
      }
      for (const expected of [
        'LAPORAN PELAKSANAAN FORUM KONSULTASI PUBLIK',
        '8. Berita Acara',
        'Menyusun jadwal kunjungan rumah',
        final.sha256.pdf as string,
      ]) {
        expect(xml).toContain(expected);
      }
      expect(xml).toContain(final.documentNumber as string);
      // The documentation photo is embedded in the Word file too.
      expect(xml).toMatch(/<w:drawing>/);

      const audit = await api.app.get(DataSource).getRepository(AuditEntry).findOneByOrFail({ subjectId: report.id });
      expect(audit).toMatchObject({ action: 'report.generate', forumId: forum.id, details: { language: 'id' } });
    });

    it('speaks English when asked, as a report of its own beside the Indonesian one', async () => {
      const { forum, organiser, organiserSocket } = staffed;
      const requested = await http<FkpReportView>(api.url, apiPaths.fkpReports(forum.id), { body: { language: 'en' }, cookie: organiser });
      expect(requested.status).toBe(202);
      await organiserSocket.waitFor((c) => reportIn(c)?.id === requested.body.id && reportIn(c)?.status === 'ready', 60_000);
      const pdf = await download(api.url, organiser, forum.id, requested.body.id, 'pdf');
      const docx = await download(api.url, organiser, forum.id, requested.body.id, 'docx');
      const { text, xml } = readBack('embedded-en', pdf.body, docx.body);
      expect(text).toContain('PUBLIC CONSULTATION FORUM IMPLEMENTATION REPORT');
      expect(text).toContain('3. Participants');
      expect(text).toContain('Attendees: 4 people.');
      expect(text).toContain(final.documentNumber as string);
      expect(xml).toContain('5. Consensus and Follow-up Plan');

      const listed = await http<FkpReportView[]>(api.url, apiPaths.fkpReports(forum.id), { cookie: organiser });
      expect(listed.body.map((r) => r.language)).toEqual(['en', 'id']);
      // The report lives apart from the Berita Acara: no version was added by it.
      const versions = await http<DocumentVersionView[]>(api.url, apiPaths.documents(forum.id), { cookie: organiser });
      expect(versions.body.map((v) => v.version)).toEqual([final.version, final.version - 1]);
    });

    it('is refused to the moderator and hidden from strangers, and refuses a bad language or format', async () => {
      const { forum, organiser, moderator } = staffed;
      const [report] = (await http<FkpReportView[]>(api.url, apiPaths.fkpReports(forum.id), { cookie: organiser })).body;
      const before = await api.app.get(DataSource).getRepository(FkpReport).countBy({ forumId: forum.id });

      const generate = await http<ApiErrorBody>(api.url, apiPaths.fkpReports(forum.id), { body: { language: 'id' }, cookie: moderator });
      expect(generate).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
      expect(await http<ApiErrorBody>(api.url, apiPaths.fkpReports(forum.id), { cookie: moderator })).toMatchObject({ status: 403 });
      expect((await download(api.url, moderator, forum.id, report.id, 'pdf')).status).toBe(403);

      const stranger = (await signupStaff(api.url, 'stranger')).cookie;
      expect((await http(api.url, apiPaths.fkpReports(forum.id), { body: { language: 'id' }, cookie: stranger })).status).toBe(404);
      expect((await download(api.url, stranger, forum.id, report.id, 'docx')).status).toBe(404);
      expect((await http(api.url, apiPaths.fkpReports(forum.id), { body: { language: 'id' } })).status).toBe(401);

      expect(await http<ApiErrorBody>(api.url, apiPaths.fkpReports(forum.id), { body: { language: 'fr' }, cookie: organiser })).toMatchObject({
        status: 400,
        body: { code: 'VALIDATION_FAILED' },
      });
      expect((await fetch(`${api.url}/api/forums/${forum.id}/reports/${report.id}/laporan-fkp.txt`, { headers: { cookie: organiser } })).status).toBe(404);
      expect(await api.app.get(DataSource).getRepository(FkpReport).countBy({ forumId: forum.id })).toBe(before);
    });

    it('is in the OpenAPI document', async () => {
      const doc = await http<{ paths: Record<string, unknown> }>(api.url, '/api/docs-json');
      expect(Object.keys(doc.body.paths)).toEqual(
        expect.arrayContaining(['/api/forums/{forumId}/reports', '/api/forums/{forumId}/reports/{reportId}/laporan-fkp.{format}']),
      );
    });
  });

  describe('hosted: a BullMQ worker writes it', () => {
    const documentsDir = join(scratch, 'hosted');
    let redis: PrivateRedis;
    let api: TestApp;
    let staffed: Staffed;
    let db: DataSource;
    let worker: Worker<FkpReportJobData> | null = null;
    let queue: Queue<FkpReportJobData>;

    /** What apps/worker runs for this queue: the same generator behind a BullMQ worker. */
    function startWorker(): Worker<FkpReportJobData> {
      const generator = new FkpReportGenerator(db, { documentsDir, timeZone: 'Asia/Jakarta' });
      const started = new Worker<FkpReportJobData>(
        FKP_REPORT_QUEUE,
        (job) => generator.generate(job.data, { finalAttempt: isFinalAttempt(job.attemptsMade, job.opts.attempts), onProgress: (p) => job.updateProgress(p) }),
        { connection: redisConnection(redis.url) },
      );
      started.on('error', () => undefined);
      return started;
    }

    beforeAll(async () => {
      redis = await PrivateRedis.start();
      api = await startTestApp({ redisUrl: redis.url, documentsDir });
      db = api.app.get(DataSource);
      staffed = await staffedForum(api.url);
      queue = new Queue<FkpReportJobData>(FKP_REPORT_QUEUE, { connection: redisConnection(redis.url) });
      queue.on('error', () => undefined);
    }, 60_000);

    afterAll(async () => {
      staffed?.clients.forEach((client) => client.close());
      await worker?.close();
      await queue?.close();
      await api?.close();
      await redis?.down();
    });

    it('waits in the queue for a worker, whose progress reaches staff through the queue events', async () => {
      const { forum, organiser, organiserSocket } = staffed;
      const requested = await http<FkpReportView>(api.url, apiPaths.fkpReports(forum.id), { body: { language: 'id' }, cookie: organiser });
      expect(requested.status).toBe(202);
      // No worker yet: the job waits in Redis, under the report's own id.
      await until(async () => (await queue.getJobState(fkpReportJobId(requested.body.id))) === 'waiting');
      expect(await db.getRepository(FkpReport).findOneByOrFail({ id: requested.body.id })).toMatchObject({ status: 'queued', enqueuedAt: expect.any(Date) });

      worker = startWorker();
      const ready = await organiserSocket.waitFor((c) => reportIn(c)?.id === requested.body.id && reportIn(c)?.status === 'ready', 60_000);
      expect(organiserSocket.changes.some((c) => reportIn(c)?.id === requested.body.id && reportIn(c)?.status === 'running')).toBe(true);
      // Nothing is final in this forum yet: the report says so.
      expect(reportIn(ready)).toMatchObject({ progress: 100, beritaAcara: null });
      const pdf = await download(api.url, organiser, forum.id, requested.body.id, 'pdf');
      const docx = await download(api.url, organiser, forum.id, requested.body.id, 'docx');
      expect(sha256(pdf.body)).toBe(reportIn(ready)?.sha256.pdf);
      expect(readBack('hosted', pdf.body, docx.body).text).toContain('Berita Acara forum ini belum final.');
    });

    it('runs again a report whose job was lost with Redis, and one Redis never got', async () => {
      const { forum } = staffed;
      const [{ id: organiserId }] = (await db.query('SELECT created_by AS id FROM forums WHERE id = $1', [forum.id])) as Array<{ id: string }>;
      const reports = db.getRepository(FkpReport);
      // Handed over, then Redis lost it (restarted empty), while a worker had it running.
      const lost = await reports.save({ forumId: forum.id, language: 'id', status: 'running', progress: 30, requestedBy: organiserId, enqueuedAt: new Date() });
      // Committed while Redis was away: never handed over.
      const unsent = await reports.save({ forumId: forum.id, language: 'en', status: 'queued', progress: 0, requestedBy: organiserId, enqueuedAt: null });

      await api.app.get(FkpReportRelay).pass();

      for (const id of [lost.id, unsent.id]) {
        await until(async () => (await reports.findOneByOrFail({ id })).status === 'ready');
        expect(await queue.getJobState(fkpReportJobId(id))).toBe('completed');
      }
      expect(await reports.findOneByOrFail({ id: unsent.id })).toMatchObject({
        progress: 100,
        error: null,
        pdfSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    });
  });
});
