import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import {
  apiPaths,
  LiveEvent,
  type ClientAck,
  type ClientEventName,
  type ClientPayload,
  type ConsensusItemView,
  type FollowUpBoardView,
  type FollowUpPlan,
  type ForumDetail,
  type MyUnitView,
  type OrganisationUnitsView,
  type PublicForumView,
  type PublicOrganisationSummary,
  type PublicOrganisationView,
  type PublicUnitView,
  type RecordSettingsView,
} from '@mufakat/contracts';
import { AuditEntry, ConsensusItem, FollowUpEvidence, FollowUpUpdate } from '@mufakat/persistence';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../src/clock/clock';
import { createPublishedForum, forumRequest, http, LiveTestClient, signupStaff } from './support/factories';
import { issueBeritaAcara, postActionUpdate, unitSettings } from './support/follow-up-seed';
import { blankPng, deflatedZeros, jpegOf } from './support/images';
import { startTestApp, type TestApp } from './support/test-app';

type AckData<E extends ClientEventName> = Extract<ClientAck<E>, { ok: true }>['data'];

/** A small, whole PDF whose one content stream is deflated; `extra` goes into the catalogue. */
function pdfOf(extra = '', content: Buffer = deflateSync(Buffer.from('BT /F1 12 Tf 10 10 Td (Bukti) Tj ET'))): Buffer {
  return Buffer.concat([
    Buffer.from(
      `%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R${extra}>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n` +
        `3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>> endobj\n4 0 obj <</Length ${content.length}/Filter/FlateDecode>> stream\n`,
      'latin1',
    ),
    content,
    Buffer.from('\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'latin1'),
  ]);
}

describe('follow-up tracking', () => {
  const documentsDir = mkdtempSync(join(tmpdir(), 'mufakat-follow-up-'));
  let api: TestApp;
  let db: DataSource;
  let clock: Clock;
  const clients: LiveTestClient[] = [];
  // Unit 1 (Dinsos): forums 1 and 3; unit 2 (Dinkes): forum 2.
  let admin: { cookie: string; email: string };
  let other: { cookie: string; email: string };
  let officer: { cookie: string; email: string };
  let viewer: { cookie: string; email: string };
  let orgViewer: { cookie: string; email: string };
  let forums: ForumDetail[];
  let unit1: string;
  let unit2: string;
  let organisationId: string;

  async function ok<E extends ClientEventName>(client: LiveTestClient, event: E, payload: ClientPayload<E>): Promise<AckData<E>> {
    const reply = await client.emit(event, payload);
    if (!reply.ok) throw new Error(`${event} failed: ${JSON.stringify(reply.error)}`);
    return reply.data;
  }

  async function staffSocket(forumId: string, cookie: string): Promise<LiveTestClient> {
    const client = await LiveTestClient.connect(api.url, { forumId }, cookie);
    clients.push(client);
    return client;
  }

  async function approve(client: LiveTestClient, text: string, plan: FollowUpPlan): Promise<ConsensusItemView> {
    const item = await ok(client, LiveEvent.createConsensus, { text });
    await ok(client, LiveEvent.moveConsensus, { itemId: item.id, status: 'open' });
    return ok(client, LiveEvent.approveConsensus, { itemId: item.id, followUp: plan });
  }

  const issue = (forumId: string, cookie: string) => issueBeritaAcara(api.url, forumId, cookie);

  const board = (unitId: string, cookie: string, query = '') => http<FollowUpBoardView>(api.url, apiPaths.unitFollowUps(unitId) + query, { cookie });

  const postUpdate = (actionId: string, cookie: string, fields: Record<string, string>, files: Array<[Buffer, string, string]> = []) =>
    postActionUpdate(api.url, actionId, cookie, fields, files);

  const evidenceFiles = (forumId: string) => {
    const dir = join(documentsDir, forumId, 'evidence');
    return existsSync(dir) ? readdirSync(dir) : [];
  };

  beforeAll(async () => {
    api = await startTestApp({ documentsDir });
    db = api.app.get(DataSource);
    clock = api.app.get<Clock>(CLOCK);
    clock.now = () => new Date('2026-12-10T03:00:00Z');
    admin = await signupStaff(api.url, 'unit-admin');
    other = await signupStaff(api.url, 'other-unit');
    officer = await signupStaff(api.url, 'officer');
    viewer = await signupStaff(api.url, 'viewer');
    orgViewer = await signupStaff(api.url, 'org-viewer');
    forums = [await createPublishedForum(api.url, admin.cookie), await createPublishedForum(api.url, other.cookie)];
    const third = await http<ForumDetail>(api.url, apiPaths.forums, {
      body: forumRequest({ title: 'FKP kedua', startsAt: '2027-02-01T02:00:00.000Z' }),
      cookie: admin.cookie,
    });
    await http(api.url, apiPaths.publishForum(third.body.id), { method: 'POST', cookie: admin.cookie });
    forums.push(third.body);
    const saved = await http<RecordSettingsView>(api.url, apiPaths.recordSettings(forums[0].id), {
      method: 'PUT',
      body: unitSettings('Dinas Sosial', 'Dinsos'),
      cookie: admin.cookie,
    });
    unit1 = saved.body.unitId as string;
    expect(
      (await http(api.url, apiPaths.recordSettings(forums[2].id), { method: 'PUT', body: unitSettings('Dinas Sosial', 'Dinsos'), cookie: admin.cookie }))
        .status,
    ).toBe(200);
    unit2 = (
      await http<RecordSettingsView>(api.url, apiPaths.recordSettings(forums[1].id), {
        method: 'PUT',
        body: unitSettings('Dinas Kesehatan', 'Dinkes'),
        cookie: other.cookie,
      })
    ).body.unitId as string;
    // Its own organisation, whatever other specs of the run left in the database: the unit admin is its admin.
    [{ id: organisationId }] = (await db.query(`INSERT INTO organisations (name) VALUES ('Pemerintah Kabupaten Banyumas') RETURNING id`)) as Array<{
      id: string;
    }>;
    await db.query(`UPDATE units SET organisation_id = $1 WHERE id = ANY($2::uuid[])`, [organisationId, [unit1, unit2]]);
    await db.query(`INSERT INTO organisation_members (organisation_id, user_id, role) SELECT $1, id, 'admin' FROM staff_users WHERE email = $2`, [
      organisationId,
      admin.email,
    ]);
    const mine = await http<MyUnitView[]>(api.url, apiPaths.myUnits, { cookie: admin.cookie });
    expect(mine.body.filter((u) => u.organisation.id === organisationId).map((u) => [u.name, u.role])).toEqual([
      ['Dinas Kesehatan', 'admin'],
      ['Dinas Sosial', 'admin'],
    ]);
    expect((await http<MyUnitView[]>(api.url, apiPaths.myUnits, { cookie: other.cookie })).body.map((u) => [u.id, u.role])).toEqual([[unit2, 'admin']]);
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await api.close();
    rmSync(documentsDir, { recursive: true, force: true });
  });

  it('makes the action when an item is approved, its deadline counted from the forum date, and keeps one live status', async () => {
    const socket = await staffSocket(forums[0].id, admin.cookie);
    const counted = await approve(socket, 'Prosedur layanan diumumkan', {
      action: 'SOP dipublikasikan',
      responsibleUnit: 'Bidang Pelayanan',
      deadline: null,
      timeFrame: '3 bulan',
      status: 'planned',
    });
    await approve(socket, 'Data KIS PBI diperbarui', {
      action: 'Pemutakhiran data',
      responsibleUnit: 'Bidang Linjamsos',
      deadline: '2027-01-15',
      timeFrame: null,
      status: 'planned',
    });
    await approve(socket, 'Loket lansia', {
      action: 'Loket khusus lansia',
      responsibleUnit: 'Sekretariat',
      deadline: null,
      timeFrame: 'secepatnya',
      status: 'in_progress',
    });

    const view = await board(unit1, admin.cookie);
    expect(view.status).toBe(200);
    expect(view.body.actions.map((a) => [a.itemNumber, a.deadline, a.status, a.timeliness])).toEqual([
      [2, '2027-01-15', 'planned', 'on_track'],
      // 1 December 2026 in Jakarta plus three months.
      [1, '2027-03-01', 'planned', 'on_track'],
      [3, null, 'in_progress', 'no_deadline'],
    ]);
    expect(view.body).toMatchObject({ role: 'admin', asOf: '2026-12-10', counts: { total: 3, planned: 2, inProgress: 1 } });

    // The facilitator's post-forum edit is a dated update of the same action; the record keeps the plan as agreed.
    const edited = await ok(socket, LiveEvent.updateFollowUp, {
      itemId: counted.id,
      followUp: { action: 'SOP dipublikasikan', responsibleUnit: 'Bidang Pelayanan', deadline: null, timeFrame: '3 bulan', status: 'in_progress' },
    });
    expect(edited.followUp?.status).toBe('in_progress');
    const after = (await board(unit1, admin.cookie)).body.actions.find((a) => a.itemNumber === 1);
    expect(after).toMatchObject({ status: 'in_progress', updates: [{ status: 'in_progress', authorName: 'unit-admin' }] });
    expect((await db.getRepository(ConsensusItem).findOneByOrFail({ id: counted.id })).followUp?.status).toBe('planned');
    const snapshot = await ok(socket, LiveEvent.sync, {});
    expect(snapshot.consensus.find((c) => c.id === counted.id)?.followUp?.status).toBe('in_progress');
    // Dropping is the board's, with a reason.
    expect(
      await socket.emit(LiveEvent.updateFollowUp, { itemId: counted.id, followUp: { ...(edited.followUp as FollowUpPlan), status: 'dropped' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
  });

  it('authorises the board by unit and organisation role, and refuses another unit’s staff', async () => {
    expect((await http(api.url, apiPaths.unitMembers(unit1), { body: { email: officer.email, role: 'officer' }, cookie: admin.cookie })).status).toBe(201);
    expect((await http(api.url, apiPaths.unitMembers(unit1), { body: { email: viewer.email, role: 'viewer' }, cookie: admin.cookie })).status).toBe(201);
    expect(await http(api.url, apiPaths.unitMembers(unit1), { body: { email: 'nobody@mufakat.test', role: 'viewer' }, cookie: admin.cookie })).toMatchObject({
      status: 404,
    });
    expect(
      (await http(api.url, apiPaths.organisationMembers(organisationId), { body: { email: orgViewer.email, role: 'viewer' }, cookie: admin.cookie })).status,
    ).toBe(201);

    const action = (await board(unit1, admin.cookie)).body.actions[0];
    const matrix: Array<[string, { cookie: string }, number, number, number]> = [
      // who, board, update, add a member
      ['unit admin', admin, 200, 201, 201],
      ['officer', officer, 200, 201, 403],
      ['viewer', viewer, 200, 403, 403],
      ['organisation viewer', orgViewer, 200, 403, 403],
      ["another unit's admin", other, 404, 404, 404],
    ];
    for (const [who, user, read, update, manage] of matrix) {
      const seen = [
        (await board(unit1, user.cookie)).status,
        (await postUpdate(action.id, user.cookie, { status: 'in_progress', progress: '10', note: who })).status,
        (await http(api.url, apiPaths.unitMembers(unit1), { body: { email: viewer.email, role: 'viewer' }, cookie: user.cookie })).status,
      ];
      expect([who, ...seen]).toEqual([who, read, update, manage]);
    }
    expect((await board(unit1, '')).status).toBe(401);
    expect((await http(api.url, apiPaths.dropAction(action.id), { body: { reason: 'x' }, cookie: viewer.cookie })).status).toBe(403);
    // The organisation's units, for its members only.
    const overview = await http<OrganisationUnitsView>(api.url, apiPaths.organisationUnits(organisationId), { cookie: orgViewer.cookie });
    expect(overview.body.units.map((u) => [u.name, u.forums])).toEqual([
      ['Dinas Kesehatan', 1],
      ['Dinas Sosial', 2],
    ]);
    expect((await http(api.url, apiPaths.organisationUnits(organisationId), { cookie: officer.cookie })).status).toBe(404);
    // Removing the last admin is refused.
    const admins = await http(api.url, apiPaths.unitMember(unit1, (await db.query(`SELECT id FROM staff_users WHERE email = $1`, [admin.email]))[0].id), {
      method: 'DELETE',
      cookie: admin.cookie,
    });
    expect(admins).toMatchObject({ status: 409, body: { code: 'CONFLICT' } });
    const audit = await db.getRepository(AuditEntry).find({ where: { subjectId: unit1 } });
    expect(audit.map((a) => a.action).sort()).toEqual([
      'record-settings.update',
      'record-settings.update',
      'unit.member.add',
      'unit.member.add',
      'unit.member.add',
    ]);
  });

  it('posts an update with evidence, and refuses a bad file with nothing written', async () => {
    const action = (await board(unit1, admin.cookie)).body.actions.find((a) => a.itemNumber === 1) as FollowUpBoardView['actions'][number];
    const updatesBefore = await db.getRepository(FollowUpUpdate).countBy({ actionId: action.id });
    const auditBefore = await db.getRepository(AuditEntry).countBy({ subjectId: action.id });
    const bad: Array<[Buffer, string, string, number]> = [
      [Buffer.from('<html><script>alert(1)</script></html>'), 'bukti.pdf', 'application/pdf', 400],
      [pdfOf('/OpenAction 5 0 R/Names <</JavaScript 6 0 R>>'), 'skrip.pdf', 'application/pdf', 400],
      [pdfOf().subarray(0, 200), 'terpotong.pdf', 'application/pdf', 400],
      [pdfOf('', await deflatedZeros(80 * 1024 * 1024)), 'bom.pdf', 'application/pdf', 413],
      [jpegOf(60_000, 60_000), 'besar.jpg', 'image/jpeg', 413],
    ];
    for (const [data, name, type, status] of bad) {
      // A good file beside the bad one is not kept either.
      const response = await postUpdate(action.id, officer.cookie, { status: 'done', progress: '100', note: 'Selesai' }, [
        [blankPng(40, 40), 'foto.png', 'image/png'],
        [data, name, type],
      ]);
      expect([name, response.status]).toEqual([name, status]);
      const body = (await response.json()) as { code: string; message: string };
      expect(body.message).toMatch(/PDF|PNG|photo|large|expands|scripts/i);
    }
    expect(await db.getRepository(FollowUpUpdate).countBy({ actionId: action.id })).toBe(updatesBefore);
    expect(await db.getRepository(AuditEntry).countBy({ subjectId: action.id })).toBe(auditBefore);
    expect(evidenceFiles(forums[0].id)).toEqual([]);
    expect((await postUpdate(action.id, officer.cookie, { status: 'done', progress: '250', note: '' })).status).toBe(400);

    clock.now = () => new Date('2027-01-20T03:00:00Z');
    const posted = await postUpdate(action.id, officer.cookie, { status: 'done', progress: '90', note: 'SOP terbit di papan & <situs>' }, [
      [blankPng(40, 40), 'foto.png', 'image/png'],
      [pdfOf(), 'sk-kepala-dinas.pdf', 'application/pdf'],
    ]);
    expect(posted.status).toBe(201);
    // The console and projector showing the item hear of its new status at once.
    const heard = await clients[0].waitFor(
      (c) => (c.change.type === 'consensus.updated' || c.change.type === 'consensus.upserted') && c.change.item.followUp?.status === 'done',
    );
    expect(heard.change.type === 'consensus.upserted' || heard.change.type === 'consensus.updated' ? heard.change.item.followUp?.action : null).toBe(
      'SOP dipublikasikan',
    );
    const done = (await board(unit1, admin.cookie, '?status=done')).body;
    expect(done.actions).toHaveLength(1);
    expect(done.actions[0]).toMatchObject({ status: 'done', progress: 100, completedOn: '2027-01-20', timeliness: 'done_on_time' });
    const [newest] = done.actions[0].updates;
    expect(newest).toMatchObject({ status: 'done', note: 'SOP terbit di papan & <situs>', authorName: 'officer' });
    expect(newest.evidence.map((e) => [e.name, e.mime])).toEqual([
      ['foto.png', 'image/png'],
      ['sk-kepala-dinas.pdf', 'application/pdf'],
    ]);
    expect(evidenceFiles(forums[0].id)).toHaveLength(2);
    const pdf = await fetch(api.url + newest.evidence[1].url, { headers: { cookie: viewer.cookie } });
    expect(pdf.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(Buffer.from(await pdf.arrayBuffer()).equals(pdfOf())).toBe(true);
    expect((await fetch(api.url + newest.evidence[1].url, { headers: { cookie: other.cookie } })).status).toBe(404);
    expect((await db.getRepository(FollowUpEvidence).findOneByOrFail({ id: newest.evidence[1].id })).sha256).toBe(newest.evidence[1].sha256);
    // Overdue filter: the 15 January action is past its deadline on 20 January.
    expect((await board(unit1, admin.cookie, '?overdue=true')).body.actions.map((a) => a.deadline)).toEqual(['2027-01-15']);
    // Dropped, with its reason.
    clock.now = () => new Date('2027-01-21T03:00:00Z');
    const dropped = (await board(unit1, admin.cookie)).body.actions.find((a) => a.itemNumber === 3) as FollowUpBoardView['actions'][number];
    expect((await http(api.url, apiPaths.dropAction(dropped.id), { body: { reason: '' }, cookie: officer.cookie })).status).toBe(400);
    expect(
      (await http(api.url, apiPaths.dropAction(dropped.id), { body: { reason: 'Digabung dengan program provinsi' }, cookie: officer.cookie })).status,
    ).toBe(204);
    expect((await postUpdate(dropped.id, officer.cookie, { status: 'in_progress', progress: '10' })).status).toBe(409);
    // Nor can the forum's staff take it up again from the plan: the drop and its public reason stand.
    const socket = await staffSocket(forums[0].id, admin.cookie);
    const item = (await ok(socket, LiveEvent.sync, {})).consensus.find((c) => c.number === 3) as ConsensusItemView;
    expect(
      await socket.emit(LiveEvent.updateFollowUp, { itemId: item.id, followUp: { ...(item.followUp as FollowUpPlan), status: 'in_progress' } }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect((await board(unit1, admin.cookie)).body.actions.find((a) => a.id === dropped.id)).toMatchObject({
      status: 'dropped',
      droppedReason: 'Digabung dengan program provinsi',
    });
  });

  it('publishes a forum once its Berita Acara is issued: JSON, CSV, Atom and evidence', async () => {
    const forumId = forums[0].id;
    for (const path of [apiPaths.publicForum(forumId), apiPaths.publicForumCsv(forumId), apiPaths.publicForumFeed(forumId), apiPaths.publicUnit(unit1)]) {
      expect([path, (await http(api.url, path)).status]).toEqual([path, 404]);
    }
    const staffEvidence = (await board(unit1, admin.cookie, '?status=done')).body.actions[0].updates[0].evidence[0];
    expect((await http(api.url, apiPaths.publicEvidence(staffEvidence.id))).status).toBe(404);
    expect((await http<PublicOrganisationSummary[]>(api.url, apiPaths.publicOrganisations)).body.find((o) => o.id === organisationId)).toBeUndefined();

    await issue(forumId, admin.cookie);
    const view = await http<PublicForumView>(api.url, apiPaths.publicForum(forumId));
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      forum: { id: forumId, city: 'Purwokerto', timeZone: 'Asia/Jakarta' },
      unit: { id: unit1, name: 'Dinas Sosial', organisation: { id: organisationId } },
      beritaAcara: {
        version: expect.any(Number),
        documentNumber: expect.stringMatching(/^000\.5\/1\/Dinsos\/\d{4}$/),
        sha256: { pdf: expect.stringMatching(/^[0-9a-f]{64}$/) },
      },
      ikm: null,
      counts: { total: 3, done: 1, doneOnTime: 1, overdue: 1, dropped: 1 },
      asOf: '2027-01-21',
    });
    expect(view.body.items.map((i) => [i.number, i.actions.map((a) => a.timeliness)])).toEqual([
      [1, ['done_on_time']],
      [2, ['overdue']],
      [3, ['dropped']],
    ]);
    const update = view.body.items[0].actions[0].updates[0];
    expect(update).not.toHaveProperty('authorName');
    expect(view.body.items[2].actions[0].droppedReason).toBe('Digabung dengan program provinsi');
    const evidence = await fetch(api.url + update.evidence[0].url);
    expect([evidence.status, evidence.headers.get('content-type')]).toEqual([200, 'image/png']);

    const csv = await fetch(api.url + apiPaths.publicForumCsv(forumId));
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0].split(';').slice(0, 3)).toEqual(['No. kesepakatan', 'Kesepakatan', 'Tindak lanjut']);
    expect(lines[1]).toContain('SOP dipublikasikan;Bidang Pelayanan;2027-03-01;3 bulan;Selesai;100;Selesai tepat waktu;2027-01-20');
    const english = await (await fetch(api.url + apiPaths.publicForumCsv(forumId) + '?lang=en')).text();
    expect(english.replace(/^\ufeff/, '').split('\r\n')[2]).toContain('Pemutakhiran data,Bidang Linjamsos,2027-01-15,,In progress,10,Overdue');

    const atom = await fetch(api.url + apiPaths.publicForumFeed(forumId));
    expect(atom.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const feed = await atom.text();
    const parsed = execFileSync(
      'python3',
      [
        '-c',
        'import sys, xml.etree.ElementTree as E; f = E.fromstring(sys.stdin.read()); a = "{http://www.w3.org/2005/Atom}"; print(len(f.findall(a + "entry"))); print(f.find(a + "entry/" + a + "content").text)',
      ],
      { input: feed },
    )
      .toString()
      .split('\n');
    const updates = view.body.items.flatMap((i) => i.actions.flatMap((a) => a.updates));
    expect(Number(parsed[0])).toBe(updates.length);
    // The newest entry first, its note escaped in the XML and read back as written.
    expect(parsed[1]).toBe('Digabung dengan program provinsi');
    expect(feed).toContain('SOP terbit di papan &amp; &lt;situs&gt;');
    expect(feed).toContain(`rel="enclosure" type="application/pdf"`);
  });

  it('adds up the unit and organisation pages over three forums of two units, and turns actions overdue as days pass', async () => {
    const second = await staffSocket(forums[1].id, other.cookie);
    await approve(second, 'Antrean daring', {
      action: 'Aplikasi antrean',
      responsibleUnit: 'Puskesmas',
      deadline: '2027-03-31',
      timeFrame: null,
      status: 'planned',
    });
    const third = await staffSocket(forums[2].id, admin.cookie);
    await approve(third, 'Jam layanan', {
      action: 'Jam layanan diperpanjang',
      responsibleUnit: 'Sekretariat',
      deadline: null,
      timeFrame: 'Triwulan I 2027',
      status: 'planned',
    });
    await issue(forums[1].id, other.cookie);
    await issue(forums[2].id, admin.cookie);

    const unit = (await http<PublicUnitView>(api.url, apiPaths.publicUnit(unit1))).body;
    expect(unit.forums.map((f) => [f.id, f.counts.total])).toEqual([
      [forums[0].id, 3],
      [forums[2].id, 1],
    ]);
    expect(unit).toMatchObject({ counts: { total: 4, doneOnTime: 1, overdue: 1, dropped: 1 }, onTimeShare: 0.5 });
    expect(unit.overdue.map((a) => [a.action, a.forumTitle])).toEqual([['Pemutakhiran data', forums[0].title]]);

    // Past the end of the first quarter, the second forum's action is overdue too, on every page.
    clock.now = () => new Date('2027-04-01T01:00:00Z');
    const later = (await http<PublicUnitView>(api.url, apiPaths.publicUnit(unit1))).body;
    expect(later.counts.overdue).toBe(2);
    const organisation = (await http<PublicOrganisationView>(api.url, apiPaths.publicOrganisation(organisationId))).body;
    expect(organisation.units.map((u) => [u.name, u.forums, u.counts.total, u.counts.overdue])).toEqual([
      ['Dinas Kesehatan', 1, 1, 1],
      ['Dinas Sosial', 2, 4, 2],
    ]);
    expect(organisation.counts).toMatchObject({ total: 5, overdue: 3, doneOnTime: 1, dropped: 1 });
    expect(organisation.asOf).toBe('2027-04-01');
    expect((await http<PublicOrganisationSummary[]>(api.url, apiPaths.publicOrganisations)).body.find((o) => o.id === organisationId)).toEqual({
      id: organisationId,
      name: 'Pemerintah Kabupaten Banyumas',
      units: 2,
      forums: 3,
    });
    const unitsCsv = (await (await fetch(api.url + apiPaths.publicOrganisationCsv(organisationId) + '?lang=en')).text()).replace(/^\ufeff/, '').split('\r\n');
    expect(unitsCsv[0]).toBe('Unit,City,Forums,Actions,Done,Done on time,Overdue,Dropped,On time (%),Latest IKM,Grade');
    expect(unitsCsv[2]).toBe('Dinas Sosial,Purwokerto,2,4,1,1,2,1,33.3,,');
    const forumsCsv = (await (await fetch(api.url + apiPaths.publicUnitCsv(unit2))).text()).split('\r\n');
    expect(forumsCsv[1].split(';').slice(4)).toEqual(['1', '0', '0', '1', '0']);
  });
});
