import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  apiPaths,
  LiveEvent,
  type ClientAck,
  type ClientEventName,
  type ClientPayload,
  type ConsensusItemView,
  type DocumentVersionView,
  type FollowUpPlan,
  type ForumChange,
  type ForumDetail,
  type RepresentativeView,
  type SigningTask,
} from '@mufakat/contracts';
import { AuditEntry, ConsensusSignal } from '@mufakat/persistence';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { ConsensusService } from '../src/consensus/consensus.service';
import { createPublishedForum, http, LiveTestClient, registerAttendee, signupStaff } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

// The classic 1×1 PNG: what a drawn signature sends, in miniature.
const SIGNATURE_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

type AckData<E extends ClientEventName> = Extract<ClientAck<E>, { ok: true }>['data'];

const itemIn = (change: ForumChange): ConsensusItemView | null =>
  change.change.type === 'consensus.upserted' || change.change.type === 'consensus.updated' ? change.change.item : null;

describe(ConsensusService.name, () => {
  const documentsDir = mkdtempSync(join(tmpdir(), 'mufakat-docs-'));
  let api: TestApp;
  let db: DataSource;
  let forum: ForumDetail;
  let organiserCookie: string;
  let facilitatorCookie: string;
  let facilitator: LiveTestClient;
  let moderator: LiveTestClient;
  let projector: LiveTestClient;
  const attendees: Array<{ client: LiveTestClient; token: string; participantId: string }> = [];
  const clients: LiveTestClient[] = [];

  const connect = async (...args: Parameters<typeof LiveTestClient.connect>) => {
    const client = await LiveTestClient.connect(...args);
    clients.push(client);
    return client;
  };
  async function ok<E extends ClientEventName>(client: LiveTestClient, event: E, payload: ClientPayload<E>): Promise<AckData<E>> {
    const reply = await client.emit(event, payload);
    if (!reply.ok) throw new Error(`${event} failed: ${JSON.stringify(reply.error)}`);
    return reply.data;
  }
  const refused = (code: string) => ({ ok: false, error: expect.objectContaining({ code }) });
  const followUp: FollowUpPlan = {
    action: 'Membuka loket lansia',
    responsibleUnit: 'Bidang Pelayanan',
    deadline: '2027-02-01',
    timeFrame: null,
    status: 'planned',
  };

  beforeAll(async () => {
    api = await startTestApp({ documentsDir });
    db = api.app.get(DataSource);
    organiserCookie = (await signupStaff(api.url, 'organiser')).cookie;
    const facilitatorUser = await signupStaff(api.url, 'facilitator');
    facilitatorCookie = facilitatorUser.cookie;
    const moderatorUser = await signupStaff(api.url, 'moderator');
    forum = await createPublishedForum(api.url, organiserCookie);
    for (const [email, role] of [
      [facilitatorUser.email, 'facilitator'],
      [moderatorUser.email, 'moderator'],
    ] as const) {
      expect((await http(api.url, apiPaths.forumMembers(forum.id), { body: { email, role }, cookie: organiserCookie })).status).toBe(201);
    }
    facilitator = await connect(api.url, { forumId: forum.id }, facilitatorUser.cookie);
    moderator = await connect(api.url, { forumId: forum.id }, moderatorUser.cookie);
    const projectorKey = new URL(forum.projectorUrl, 'http://x').searchParams.get('key') as string;
    projector = await connect(api.url, { forumId: forum.id, projectorKey });
    for (const [name, category] of [
      ['Siti', 'service_user'],
      ['Budi', 'service_user'],
      ['Ani', 'media'],
    ] as const) {
      const joined = await registerAttendee(api.url, forum.joinCode as string, { name, category });
      attendees.push({
        client: await connect(api.url, { forumId: forum.id, attendeeToken: joined.attendeeToken }),
        token: joined.attendeeToken,
        participantId: joined.participant.id,
      });
    }
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await api.close();
    rmSync(documentsDir, { recursive: true, force: true });
  });

  it('runs an item from draft to approval: staff-only draft, live signals split by category, locked and numbered, audited', async () => {
    const draft = await ok(facilitator, LiveEvent.createConsensus, { text: 'Loket khusus lansia' });
    expect(draft).toMatchObject({ status: 'draft', number: null });
    // The moderator may not run consensus, nor may an attendee; a draft is invisible to the room.
    expect(await moderator.emit(LiveEvent.createConsensus, { text: 'x' })).toEqual(refused('FORBIDDEN'));
    expect(await attendees[0].client.emit(LiveEvent.signalConsensus, { itemId: draft.id, signal: 'agree' })).toEqual(refused('NOT_FOUND'));
    await facilitator.waitFor((c) => c.stream === 'staff' && itemIn(c)?.id === draft.id);

    await ok(facilitator, LiveEvent.moveConsensus, { itemId: draft.id, status: 'open' });
    await projector.waitFor((c) => itemIn(c)?.id === draft.id && itemIn(c)?.status === 'open');
    await ok(attendees[0].client, LiveEvent.signalConsensus, { itemId: draft.id, signal: 'disagree' });
    await ok(attendees[0].client, LiveEvent.signalConsensus, { itemId: draft.id, signal: 'agree' });
    await ok(attendees[1].client, LiveEvent.signalConsensus, { itemId: draft.id, signal: 'agree' });
    await ok(attendees[2].client, LiveEvent.signalConsensus, { itemId: draft.id, signal: 'abstain' });
    expect(await attendees[2].client.emitRaw(LiveEvent.signalConsensus, { itemId: draft.id, signal: 'maybe' })).toEqual(refused('VALIDATION_FAILED'));
    const tally = await projector.waitFor(
      (c) => c.change.type === 'consensus.tally' && c.change.itemId === draft.id && c.change.tally.total.agree === 2 && c.change.tally.total.abstain === 1,
    );
    if (tally.change.type !== 'consensus.tally') throw new Error('not a tally');
    expect(tally.change.tally.byCategory).toEqual({ service_user: { agree: 2, disagree: 0, abstain: 0 }, media: { agree: 0, disagree: 0, abstain: 1 } });

    // Approval needs a by-when; a bad plan writes nothing.
    expect(await facilitator.emit(LiveEvent.approveConsensus, { itemId: draft.id, followUp: { ...followUp, deadline: null } })).toEqual(
      refused('VALIDATION_FAILED'),
    );
    expect(await facilitator.emit(LiveEvent.approveConsensus, { itemId: draft.id, followUp: { ...followUp, deadline: '1 Feb' } })).toEqual(
      refused('VALIDATION_FAILED'),
    );
    const approved = await ok(facilitator, LiveEvent.approveConsensus, { itemId: draft.id, followUp });
    expect(approved).toMatchObject({ status: 'approved', number: 1, followUp });
    await attendees[1].client.waitFor((c) => itemIn(c)?.id === draft.id && itemIn(c)?.status === 'approved');
    expect(await facilitator.emit(LiveEvent.updateConsensus, { itemId: draft.id, text: 'changed' })).toEqual(refused('INVALID_STATE'));
    expect(await attendees[0].client.emit(LiveEvent.signalConsensus, { itemId: draft.id, signal: 'disagree' })).toEqual(refused('INVALID_STATE'));
    const done = await ok(facilitator, LiveEvent.updateFollowUp, { itemId: draft.id, followUp: { ...followUp, status: 'in_progress' } });
    expect(done.followUp?.status).toBe('in_progress');

    const audit = await db.getRepository(AuditEntry).find({ where: { subjectId: draft.id }, order: { createdAt: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual(['consensus.create', 'consensus.open', 'consensus.approve', 'consensus.follow-up']);
    expect(audit.every((a) => a.actorUserId)).toBe(true);

    const snapshot = await ok(attendees[0].client, LiveEvent.sync, {});
    expect(snapshot.consensus.map((c) => c.id)).toContain(draft.id);
    expect(snapshot.viewer.role === 'attendee' && snapshot.viewer.myConsensusSignals[draft.id]).toBe('agree');
  });

  it('asks the room again when an open item is withdrawn to draft or its text changes', async () => {
    const item = await ok(facilitator, LiveEvent.createConsensus, { text: 'Jam layanan diperpanjang' });
    await ok(facilitator, LiveEvent.moveConsensus, { itemId: item.id, status: 'open' });
    await ok(attendees[0].client, LiveEvent.signalConsensus, { itemId: item.id, signal: 'agree' });
    await ok(facilitator, LiveEvent.updateConsensus, { itemId: item.id, text: 'Jam layanan diperpanjang sampai 16.00' });
    expect(await db.getRepository(ConsensusSignal).countBy({ itemId: item.id })).toBe(0);
    await ok(attendees[1].client, LiveEvent.signalConsensus, { itemId: item.id, signal: 'agree' });
    await ok(facilitator, LiveEvent.moveConsensus, { itemId: item.id, status: 'draft' });
    await projector.waitFor((c) => c.change.type === 'consensus.removed' && c.change.itemId === item.id);
    expect(await db.getRepository(ConsensusSignal).countBy({ itemId: item.id })).toBe(0);
  });

  it('scores the survey as an IKM only while it is open', async () => {
    expect(await attendees[0].client.emit(LiveEvent.submitSurvey, { scores: Array(9).fill(4) })).toEqual(refused('INVALID_STATE'));
    expect(await attendees[0].client.emit(LiveEvent.setSurveyOpen, { open: true })).toEqual(refused('FORBIDDEN'));
    expect(await ok(moderator, LiveEvent.setSurveyOpen, { open: true })).toEqual({ open: true, respondents: 0 });
    expect(await attendees[0].client.emit(LiveEvent.submitSurvey, { scores: Array(8).fill(4) })).toEqual(refused('VALIDATION_FAILED'));
    expect(await attendees[0].client.emit(LiveEvent.submitSurvey, { scores: [...Array(8).fill(4), 5] })).toEqual(refused('VALIDATION_FAILED'));
    await ok(attendees[0].client, LiveEvent.submitSurvey, { scores: Array(9).fill(3) });
    await ok(attendees[0].client, LiveEvent.submitSurvey, { scores: Array(9).fill(4) });
    await ok(attendees[1].client, LiveEvent.submitSurvey, { scores: Array(9).fill(3) });
    const ikm = await facilitator.waitFor((c) => c.change.type === 'ikm.updated' && c.change.ikm?.respondents === 2);
    expect(ikm.change.type === 'ikm.updated' && ikm.change.ikm).toMatchObject({ converted: 87.5, grade: 'B' });
    await projector.waitFor((c) => c.change.type === 'survey.changed' && c.change.survey.respondents === 2);
    await ok(moderator, LiveEvent.setSurveyOpen, { open: false });
    expect(await attendees[2].client.emit(LiveEvent.submitSurvey, { scores: Array(9).fill(1) })).toEqual(refused('INVALID_STATE'));
  });

  it('generates numbered Berita Acara versions with progress, and embeds the signatures of the content they were given on', async () => {
    const [siti, budi] = attendees;
    const asOrganiser = { cookie: organiserCookie };
    // Only the organiser names representatives and generates documents; to strangers the forum does not exist.
    expect((await http(api.url, apiPaths.documents(forum.id), { body: {}, cookie: (await signupStaff(api.url, 'stranger')).cookie })).status).toBe(404);
    expect((await http(api.url, apiPaths.documents(forum.id), { body: {}, cookie: facilitatorCookie })).status).toBe(403);
    const rep = await http<RepresentativeView>(api.url, apiPaths.representatives(forum.id), {
      body: { participantId: siti.participantId, side: 'public', roleTitle: 'Perwakilan pengguna layanan' },
      ...asOrganiser,
    });
    expect(rep.status).toBe(201);
    await http(api.url, apiPaths.representatives(forum.id), {
      body: { participantId: budi.participantId, side: 'provider', roleTitle: 'Kepala Bidang' },
      ...asOrganiser,
    });

    const requested = await http<DocumentVersionView>(api.url, apiPaths.documents(forum.id), { body: { language: 'id' }, ...asOrganiser });
    expect(requested.status).toBe(202);
    expect(requested.body).toMatchObject({ version: 1, status: 'queued' });
    const ready = await facilitator.waitFor(
      (c) => c.change.type === 'document.updated' && c.change.document.id === requested.body.id && c.change.document.status === 'ready',
      30_000,
    );
    if (ready.change.type !== 'document.updated') throw new Error('not a document');
    const v1 = ready.change.document;
    expect(v1.missingSignatures.sort()).toEqual(['Budi', 'Siti']);
    const progress = facilitator.changes.flatMap((c) =>
      c.change.type === 'document.updated' && c.change.document.id === v1.id ? [c.change.document.progress] : [],
    );
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const pdf = await fetch(`${api.url}${apiPaths.documentFile(forum.id, v1.id, 'pdf')}`, { headers: { cookie: organiserCookie } });
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(v1.sha256.pdf);
    expect(pdf.headers.get('x-content-sha256')).toBe(v1.sha256.pdf);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Loket khusus lansia');
    expect(text).toContain('Membuka loket lansia');

    // Siti is told to sign v1; Ani, not a representative, cannot sign for her.
    await siti.client.socket.timeout(5000).emitWithAck(LiveEvent.sync, {});
    const notRep = await http(api.url, apiPaths.signatures(forum.id), { body: { documentId: v1.id, signaturePng: SIGNATURE_PNG }, bearer: attendees[2].token });
    expect(notRep.status).toBe(403);
    const bad = await http(api.url, apiPaths.signatures(forum.id), {
      body: { documentId: v1.id, signaturePng: 'data:image/png;base64,AAAA' },
      bearer: siti.token,
    });
    expect(bad.status).toBe(400);
    const signed = await http<SigningTask>(api.url, apiPaths.signatures(forum.id), {
      body: { documentId: v1.id, signaturePng: SIGNATURE_PNG },
      bearer: siti.token,
    });
    expect(signed.status).toBe(201);
    expect(signed.body).toMatchObject({ signed: true, document: { version: 1 } });
    const again = await http<SigningTask>(api.url, apiPaths.signatures(forum.id), {
      body: { documentId: v1.id, signaturePng: SIGNATURE_PNG },
      bearer: siti.token,
    });
    expect(again.status).toBe(201);

    // Same content, new version: Siti's signature carries over, Budi's is still missing.
    const v2request = await http<DocumentVersionView>(api.url, apiPaths.documents(forum.id), { body: {}, ...asOrganiser });
    const v2ready = await facilitator.waitFor(
      (c) => c.change.type === 'document.updated' && c.change.document.id === v2request.body.id && c.change.document.status === 'ready',
      30_000,
    );
    if (v2ready.change.type !== 'document.updated') throw new Error('not a document');
    expect(v2ready.change.document).toMatchObject({ version: 2, missingSignatures: ['Budi'], signedCount: 1 });
    expect(v2ready.change.document.sha256.pdf).not.toBe(v1.sha256.pdf);
    // The same record exports as CSV and XLSX, for staff only.
    const csv = await fetch(`${api.url}${apiPaths.export(forum.id, 'consensus', 'csv')}`, { headers: { cookie: organiserCookie } });
    expect(csv.status).toBe(200);
    const csvBytes = Buffer.from(await csv.arrayBuffer());
    // A UTF-8 byte order mark, so Excel reads the names right.
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csvBytes.toString('utf8');
    expect(csvText).toContain('Loket khusus lansia');
    expect(csvText).toContain('Bidang Pelayanan');
    // Indonesian by default: separated by semicolons, which Excel set up for Indonesia splits into columns.
    expect(csvText.split('\r\n')[0].split(';').length).toBeGreaterThan(3);
    const commaCsv = await fetch(`${api.url}${apiPaths.export(forum.id, 'consensus', 'csv', 'en', 'comma')}`, { headers: { cookie: organiserCookie } });
    expect((await commaCsv.text()).split('\r\n')[0].split(',').length).toBeGreaterThan(3);
    const xlsx = await fetch(`${api.url}${apiPaths.export(forum.id, 'attendance', 'xlsx', 'en')}`, { headers: { cookie: organiserCookie } });
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const names = workbook.worksheets[0].getColumn(2).values.map(String);
    expect(names).toEqual(expect.arrayContaining(['Siti', 'Budi', 'Ani']));
    expect((await fetch(`${api.url}${apiPaths.export(forum.id, 'attendance', 'csv')}`)).status).toBe(401);

    // v1 is no longer the version to sign.
    expect((await http(api.url, apiPaths.signatures(forum.id), { body: { documentId: v1.id, signaturePng: SIGNATURE_PNG }, bearer: budi.token })).status).toBe(
      409,
    );
  });
});
