import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  apiPaths,
  LiveEvent,
  webPaths,
  type ConsensusItemView,
  type ForumDetail,
  type NotificationsView,
  type PublicForumView,
  type PublicOrganisationView,
  type PublicUnitView,
  type RecordSettingsView,
} from '@mufakat/contracts';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../src/clock/clock';
import { RemindersService } from '../src/reminders/reminders.service';
import { createPublishedForum, http, LiveTestClient, signupStaff } from './support/factories';
import { issueBeritaAcara, unitSettings } from './support/follow-up-seed';
import { decodedMail, startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

const SETTINGS = { ...unitSettings('Dinas Sosial Pengingat', 'Dinsos', 'Pemerintah Kabupaten Cilacap'), city: 'Cilacap' };

describe('follow-up reminders', () => {
  const documentsDir = mkdtempSync(join(tmpdir(), 'mufakat-reminders-'));
  let sink: SmtpSink;
  let api: TestApp;
  let clock: Clock;
  let reminders: RemindersService;
  let admin: { cookie: string; email: string };
  let officer: { cookie: string; email: string };
  let viewer: { cookie: string; email: string };
  let forum: ForumDetail;
  let unitId: string;
  let organisationId: string;

  beforeAll(async () => {
    // A real SMTP server on this machine, keeping what it is sent.
    sink = await startSmtpSink();
    const port = sink.port;
    api = await startTestApp({ documentsDir, smtp: { host: '127.0.0.1', port, secure: false, from: 'Mufakat <mufakat@dinsos.test>' } });
    clock = api.app.get<Clock>(CLOCK);
    clock.now = () => new Date('2026-12-20T03:00:00Z');
    reminders = api.app.get(RemindersService);
    admin = await signupStaff(api.url, 'reminder-admin');
    officer = await signupStaff(api.url, 'reminder-officer');
    viewer = await signupStaff(api.url, 'reminder-viewer');
    forum = await createPublishedForum(api.url, admin.cookie);
    unitId = (await http<RecordSettingsView>(api.url, apiPaths.recordSettings(forum.id), { method: 'PUT', body: SETTINGS, cookie: admin.cookie })).body
      .unitId as string;
    // Its own organisation, whatever else the run's database holds.
    const db = api.app.get(DataSource);
    [{ id: organisationId }] = (await db.query(`INSERT INTO organisations (name) VALUES ('Pemerintah Kabupaten Cilacap') RETURNING id`)) as Array<{
      id: string;
    }>;
    await db.query(`UPDATE units SET organisation_id = $1 WHERE id = $2`, [organisationId, unitId]);
    for (const [user, role] of [
      [officer, 'officer'],
      [viewer, 'viewer'],
    ] as const) {
      expect((await http(api.url, apiPaths.unitMembers(unitId), { body: { email: user.email, role }, cookie: admin.cookie })).status).toBe(201);
    }
    const socket = await LiveTestClient.connect(api.url, { forumId: forum.id }, admin.cookie);
    const created = await socket.emit(LiveEvent.createConsensus, { text: 'Data KIS PBI diperbarui bersama desa' });
    const item = (created as { ok: true; data: ConsensusItemView }).data;
    await socket.emit(LiveEvent.moveConsensus, { itemId: item.id, status: 'open' });
    const approved = await socket.emit(LiveEvent.approveConsensus, {
      itemId: item.id,
      followUp: { action: 'Pemutakhiran data KIS PBI', responsibleUnit: 'Bidang Linjamsos', deadline: '2027-01-15', timeFrame: null, status: 'planned' },
    });
    expect(approved.ok).toBe(true);
    socket.close();
    // Issued, so its public page exists.
    await issueBeritaAcara(api.url, forum.id, admin.cookie);
  });

  afterAll(async () => {
    await api.close();
    await sink.close();
    rmSync(documentsDir, { recursive: true, force: true });
  });

  /** Other specs of the run may leave actions of their own: only this spec's staff's mail counts. */
  const ours = () => sink.inbox.filter((m) => m.to.some((to) => [admin.email, officer.email, viewer.email].includes(to)));
  const mine = (cookie: string) => http<NotificationsView>(api.url, apiPaths.notifications, { cookie });

  it('says nothing while the deadline is far, and tells the unit’s admins and officers once when it nears', async () => {
    await reminders.run();
    expect(ours()).toEqual([]);

    // Eleven days before the deadline: within the fourteen.
    clock.now = () => new Date('2027-01-04T03:00:00Z');
    expect((await reminders.run()).flagged).toBeGreaterThanOrEqual(1);
    expect(
      ours()
        .map((m) => m.to)
        .flat()
        .sort(),
    ).toEqual([admin.email, officer.email].sort());
    expect(decodedMail(ours()[0].message)).toContain('Pemutakhiran data KIS PBI');
    expect((await mine(officer.cookie)).body).toMatchObject({
      unread: 1,
      items: [{ kind: 'due_soon', action: { action: 'Pemutakhiran data KIS PBI', deadline: '2027-01-15' } }],
    });
    expect((await mine(viewer.cookie)).body).toEqual({ unread: 0, items: [] });
    // The state did not change: no second message.
    await reminders.run();
    expect(ours()).toHaveLength(2);
  });

  it('turns the action overdue on every public page once its deadline passes, and mails the sink with the action and a link', async () => {
    const forumBefore = (await http<PublicForumView>(api.url, apiPaths.publicForum(forum.id))).body;
    expect(forumBefore.counts).toMatchObject({ overdue: 0, dueSoon: 1 });

    clock.now = () => new Date('2027-01-16T01:00:00Z');
    const forumView = (await http<PublicForumView>(api.url, apiPaths.publicForum(forum.id))).body;
    expect(forumView.items[0].actions[0].timeliness).toBe('overdue');
    expect(forumView.counts.overdue).toBe(1);
    const unitView = (await http<PublicUnitView>(api.url, apiPaths.publicUnit(unitId))).body;
    expect(unitView.overdue.map((a) => a.action)).toEqual(['Pemutakhiran data KIS PBI']);
    expect((await http<PublicOrganisationView>(api.url, apiPaths.publicOrganisation(organisationId))).body.counts.overdue).toBe(1);

    await reminders.run();
    const overdue = ours()
      .slice(2)
      .map((m) => decodedMail(m.message));
    expect(overdue).toHaveLength(2);
    for (const message of overdue) {
      expect(message).toMatch(/^Subject: .*(terlambat|Overdue)/im);
      expect(message).toContain('Pemutakhiran data KIS PBI');
      expect(message).toContain(`http://mufakat.test${webPaths.publicForum(forum.id)}`);
    }
    await reminders.run();
    expect(ours()).toHaveLength(4);

    const notifications = (await mine(admin.cookie)).body;
    expect(notifications.items.map((n) => n.kind)).toEqual(['overdue', 'due_soon']);
    expect(notifications.unread).toBe(2);
    expect((await http(api.url, apiPaths.notificationsRead, { method: 'POST', cookie: admin.cookie })).status).toBe(204);
    expect((await mine(admin.cookie)).body.unread).toBe(0);
    expect((await mine(officer.cookie)).body.unread).toBe(2);
  });
});
