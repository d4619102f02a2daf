import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  actionTimeliness,
  apiPaths,
  countActions,
  deadlineFromTimeFrame,
  onTimeShare,
  webPaths,
  type ActionCounts,
  type ActionStatus,
  type FollowUpBoardView,
  type ForumDetail,
  type PublicForumView,
  type PublicOrganisationView,
  type PublicUnitView,
  type RecordSettingsView,
} from '@mufakat/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../src/clock/clock';
import { RemindersService } from '../src/reminders/reminders.service';
import { axeViolations, launchChromium } from './support/browser';
import { forumRequest, http, signupStaff } from './support/factories';
import { approveItems, issueBeritaAcara, postActionUpdate, unitSettings } from './support/follow-up-seed';
import { blankPng } from './support/images';
import { decodedMail, startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { createTestDatabase, dropTestDatabase } from './support/test-database';
import { startTestApp, type TestApp } from './support/test-app';

const appsDir = resolve(__dirname, '../..');
const PHONE = { width: 390, height: 844 };
/** "Today" while the forums are seeded and updated (Jakarta), and after the first deadline has passed. */
const BEFORE = new Date('2026-12-10T03:00:00Z');
const AFTER = new Date('2026-12-21T03:00:00Z');
const jakartaDate = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(instant);

type UnitKey = 'dinsos' | 'dinkes';
interface SeedAction {
  forum: 0 | 1 | 2;
  text: string;
  action: string;
  deadline: string | null;
  timeFrame: string | null;
  /** Set through the REST the board uses, on the BEFORE day. */
  update?: { status: ActionStatus; progress: number; note: string };
}

/**
 * What is not under test, seeded cheaply: three forums of two units (Dinsos holds forums 0 and 2, Dinkes forum 1),
 * their approved items and actions. The expected figures below are computed from this table with the contracts'
 * own rules, never read back from the server.
 */
const FORUM_UNITS: UnitKey[] = ['dinsos', 'dinkes', 'dinsos'];
const FORUM_DATES = ['2026-12-01', '2026-12-01', '2027-02-01'];
const SEED: SeedAction[] = [
  { forum: 0, text: 'Prosedur layanan diumumkan', action: 'SOP dipublikasikan di papan informasi', deadline: '2026-12-20', timeFrame: null },
  { forum: 0, text: 'Data KIS PBI diperbarui', action: 'Pemutakhiran data bersama desa', deadline: '2027-03-01', timeFrame: null },
  {
    forum: 1,
    text: 'Jadwal posyandu diumumkan',
    action: 'Jadwal posyandu di laman dinas',
    deadline: '2026-12-15',
    timeFrame: null,
    update: { status: 'done', progress: 100, note: 'Jadwal terbit di laman' },
  },
  {
    forum: 1,
    text: 'Layanan malam puskesmas',
    action: 'Uji coba layanan malam',
    deadline: '2027-06-01',
    timeFrame: null,
    update: { status: 'in_progress', progress: 30, note: 'Dua puskesmas siap' },
  },
  { forum: 2, text: 'Papan informasi di loket', action: 'Papan informasi dipasang', deadline: null, timeFrame: '3 bulan' },
];
const WATCHED = SEED[0];

function expectedCounts(actions: SeedAction[], today: string): ActionCounts {
  return countActions(
    actions.map((seed) => {
      const deadline = seed.deadline ?? deadlineFromTimeFrame(seed.timeFrame, FORUM_DATES[seed.forum]);
      const status = seed.update?.status ?? 'planned';
      const completedOn = status === 'done' ? jakartaDate(BEFORE) : null;
      return { status, timeliness: actionTimeliness({ status, deadline, completedOn }, today) };
    }),
  );
}

/**
 * The whole public follow-up journey against the real server and its built attendee app, in Chromium: nothing is
 * intercepted. The clock is the api's CLOCK provider, moved by the test; reminders mail a real SMTP server.
 */
describe('public follow-up, end to end (real server, Chromium)', () => {
  const documentsDir = mkdtempSync(join(tmpdir(), 'mufakat-follow-up-public-'));
  let database: { url: string; name: string };
  let sink: SmtpSink;
  let api: TestApp;
  let clock: Clock;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let dinsosAdmin: { cookie: string; email: string };
  let dinkesAdmin: { cookie: string; email: string };
  let officer: { cookie: string; email: string };
  const forums: ForumDetail[] = [];
  const units = {} as Record<UnitKey, string>;
  let organisationId: string;
  const actionIds = new Map<SeedAction, string>();

  const cookieOf = (unit: UnitKey) => (unit === 'dinsos' ? dinsosAdmin.cookie : dinkesAdmin.cookie);

  async function open(path: string): Promise<Page> {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(api.url + path);
    return page;
  }

  /** Fits 390 px without scrolling sideways and passes axe-core (WCAG 2.1 AA). */
  async function expectSound(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
  }

  /** Sound in Indonesian, then again in English once switched. */
  async function expectSoundInBothLanguages(page: Page, englishHeading: string): Promise<void> {
    await expectSound(page);
    await page.getByTestId('lang-en').click();
    await page.getByRole('heading', { name: englishHeading, exact: true }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectSound(page);
  }

  const countsShown = async (page: Page) => ({
    total: Number(await page.getByTestId('count-total').innerText()),
    done: Number(await page.getByTestId('count-done').innerText()),
    overdue: Number(await page.getByTestId('count-overdue').innerText()),
    dueSoon: Number(await page.getByTestId('count-dueSoon').innerText()),
  });
  const pick = ({ total, done, overdue, dueSoon }: ActionCounts) => ({ total, done, overdue, dueSoon });
  const share = (counts: ActionCounts) => {
    const value = onTimeShare(counts);
    return value === null ? '—' : `${Math.round(value * 100)}%`;
  };

  /** What an open-data link on the page serves, fetched as the browser would. */
  async function served(page: Page, testId: string): Promise<{ type: string; body: string }> {
    const href = (await page.getByTestId(testId).getAttribute('href')) as string;
    const response = await page.request.get(api.url + href);
    expect(response.status()).toBe(200);
    return { type: response.headers()['content-type'], body: await response.text() };
  }

  /** The forum CSV's row for an action, as the page's link serves it. */
  async function csvRowOf(page: Page, action: string): Promise<string | undefined> {
    return (await served(page, 'open-csv')).body.split(/\r?\n/).find((line) => line.includes(action));
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await startSmtpSink();
    api = await startTestApp({
      databaseUrl: database.url,
      documentsDir,
      smtp: { host: '127.0.0.1', port: sink.port, secure: false, from: 'Mufakat <mufakat@banyumas.test>' },
      web: { audienceDir: join(appsDir, 'audience', 'dist'), consoleDir: join(appsDir, 'console', 'dist') },
    });
    clock = api.app.get<Clock>(CLOCK);
    clock.now = () => BEFORE;
    browser = await launchChromium();

    dinsosAdmin = await signupStaff(api.url, 'dinsos-admin');
    dinkesAdmin = await signupStaff(api.url, 'dinkes-admin');
    officer = await signupStaff(api.url, 'dinsos-officer');
    for (const [index, unit] of FORUM_UNITS.entries()) {
      const cookie = cookieOf(unit);
      const created = await http<ForumDetail>(api.url, apiPaths.forums, {
        body: forumRequest({
          title: `FKP ${index + 1} ${unit === 'dinsos' ? 'Dinas Sosial' : 'Dinas Kesehatan'}`,
          startsAt: `${FORUM_DATES[index]}T02:00:00.000Z`,
        }),
        cookie,
      });
      expect((await http(api.url, apiPaths.publishForum(created.body.id), { method: 'POST', cookie })).status).toBe(200);
      forums.push(created.body);
      const saved = await http<RecordSettingsView>(api.url, apiPaths.recordSettings(created.body.id), {
        method: 'PUT',
        body: unit === 'dinsos' ? unitSettings('Dinas Sosial', 'Dinsos') : unitSettings('Dinas Kesehatan', 'Dinkes'),
        cookie,
      });
      units[unit] = saved.body.unitId as string;
    }
    const db = api.app.get(DataSource);
    [{ id: organisationId }] = (await db.query(`INSERT INTO organisations (name) VALUES ('Pemerintah Kabupaten Banyumas') RETURNING id`)) as Array<{
      id: string;
    }>;
    await db.query(`UPDATE units SET organisation_id = $1 WHERE id = ANY($2::uuid[])`, [organisationId, Object.values(units)]);
    expect(
      (await http(api.url, apiPaths.unitMembers(units.dinsos), { body: { email: officer.email, role: 'officer' }, cookie: dinsosAdmin.cookie })).status,
    ).toBe(201);

    for (const index of [0, 1, 2] as const) {
      const cookie = cookieOf(FORUM_UNITS[index]);
      const seeds = SEED.filter((seed) => seed.forum === index);
      await approveItems(
        api.url,
        forums[index].id,
        cookie,
        seeds.map((seed) => ({
          text: seed.text,
          plan: { action: seed.action, responsibleUnit: 'Bidang Pelayanan', deadline: seed.deadline, timeFrame: seed.timeFrame, status: 'planned' },
        })),
      );
    }
    for (const unit of ['dinsos', 'dinkes'] as const) {
      const board = await http<FollowUpBoardView>(api.url, apiPaths.unitFollowUps(units[unit]), { cookie: cookieOf(unit) });
      for (const action of board.body.actions) actionIds.set(SEED.find((seed) => seed.action === action.action) as SeedAction, action.id);
    }
    expect(actionIds.size).toBe(SEED.length);
    for (const seed of SEED.filter((s) => s.update)) {
      const { status, progress, note } = seed.update as NonNullable<SeedAction['update']>;
      const posted = await postActionUpdate(api.url, actionIds.get(seed) as string, cookieOf(FORUM_UNITS[seed.forum]), {
        status,
        progress: String(progress),
        note,
      });
      expect(posted.status).toBe(201);
    }
    // Forums 1 and 2 are issued; forum 0's issue is under test.
    await issueBeritaAcara(api.url, forums[1].id, dinkesAdmin.cookie);
    await issueBeritaAcara(api.url, forums[2].id, dinsosAdmin.cookie);
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await api?.close();
    await sink?.close();
    if (database) await dropTestDatabase(database.name);
    rmSync(documentsDir, { recursive: true, force: true });
  });

  it("shows a forum's approved item on its public page once its Berita Acara is issued, not before", async () => {
    const forum = forums[0];
    expect((await http(api.url, apiPaths.publicForum(forum.id))).status).toBe(404);
    const before = await open(webPaths.publicForum(forum.id));
    await before.getByTestId('follow-up-not-found').waitFor();
    expect(await before.getByRole('heading', { level: 1 }).innerText()).toBe('Tidak publik atau tidak ditemukan');
    await expectSoundInBothLanguages(before, 'Not public or not found');

    const issued = await issueBeritaAcara(api.url, forum.id, dinsosAdmin.cookie);
    const page = await open(webPaths.publicForum(forum.id));
    await page.getByRole('heading', { level: 1, name: forum.title }).waitFor();
    expect(await page.getByTestId('item-1').innerText()).toContain(WATCHED.text);
    const card = page.getByTestId(`action-${actionIds.get(WATCHED)}`);
    expect(await card.getByRole('heading', { level: 4 }).innerText()).toBe(WATCHED.action);
    expect(await card.getByTestId('action-status').innerText()).toBe('Direncanakan');
    expect(await card.getByTestId('action-deadline').innerText()).toBe('20 Desember 2026');
    expect(await card.locator('[data-timeliness]').getAttribute('data-timeliness')).toBe('due_soon');
    expect(await page.getByTestId('record-number').innerText()).toBe(issued.documentNumber);
    expect(await countsShown(page)).toEqual(
      pick(
        expectedCounts(
          SEED.filter((s) => s.forum === 0),
          jakartaDate(BEFORE),
        ),
      ),
    );
    await expectSoundInBothLanguages(page, 'Agreed items and their follow-up');
  });

  it("leads from an issued Berita Acara's page to its forum's follow-up, and says what the server does not show", async () => {
    const issued = (await http<PublicForumView>(api.url, apiPaths.publicForum(forums[1].id))).body.beritaAcara as NonNullable<PublicForumView['beritaAcara']>;
    const version = await open(webPaths.publicVersion(issued.code));
    await version.getByTestId('version-issued').waitFor();
    await version.getByTestId('version-follow-up').click();
    await version.getByRole('heading', { level: 1, name: forums[1].title }).waitFor();
    expect(version.url()).toBe(api.url + webPaths.publicForum(forums[1].id));

    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const path of [webPaths.publicUnit(unknown), webPaths.publicOrganisation(unknown), webPaths.publicUnit('not-an-id')]) {
      const page = await open(path);
      await page.getByTestId('follow-up-not-found').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Tidak publik atau tidak ditemukan');
    }
  });

  it('shows an update with its evidence photo on the forum page and in its Atom feed', async () => {
    const posted = await postActionUpdate(
      api.url,
      actionIds.get(WATCHED) as string,
      officer.cookie,
      { status: 'in_progress', progress: '40', note: 'Draf SOP sudah ditandatangani' },
      [[blankPng(60, 40), 'foto-papan.png', 'image/png']],
    );
    expect(posted.status).toBe(201);

    const page = await open(webPaths.publicForum(forums[0].id));
    const card = page.getByTestId(`action-${actionIds.get(WATCHED)}`);
    await card.getByText('Draf SOP sudah ditandatangani').waitFor();
    expect(await card.getByTestId('action-status').innerText()).toBe('Sedang dikerjakan');
    expect(await card.getByRole('progressbar', { name: 'Kemajuan' }).getAttribute('value')).toBe('40');
    const photo = card.getByRole('img', { name: 'Foto bukti: foto-papan.png' });
    await photo.scrollIntoViewIfNeeded();
    // Loaded from the real server (lazily: once scrolled to), decoded at its own size.
    const loadedWidth = photo.evaluate((img: HTMLImageElement) =>
      img.complete && img.naturalWidth > 0
        ? img.naturalWidth
        : new Promise<number>((done) => {
            img.addEventListener('load', () => done(img.naturalWidth), { once: true });
            img.addEventListener('error', () => done(0), { once: true });
          }),
    );
    await expect(loadedWidth).resolves.toBe(60);

    const json = JSON.parse((await served(page, 'open-json')).body) as PublicForumView;
    const shownAction = json.items.flatMap((item) => item.actions).find((a) => a.id === actionIds.get(WATCHED));
    expect(shownAction).toMatchObject({ status: 'in_progress', progress: 40, updates: [{ note: 'Draf SOP sudah ditandatangani' }] });
    const evidenceUrl = (shownAction?.updates[0].evidence[0].url ?? '') as string;
    expect(await photo.getAttribute('src')).toBe(evidenceUrl);

    const feed = await served(page, 'open-atom');
    expect(feed.type).toMatch(/^application\/atom\+xml/);
    expect(feed.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const entries = feed.body.split('<entry').slice(1);
    expect(entries.length).toBe(json.items.flatMap((item) => item.actions).reduce((sum, a) => sum + a.updates.length, 0));
    const entry = entries.find((e) => e.includes('Draf SOP sudah ditandatangani'));
    expect(entry).toContain(evidenceUrl);
    // Titled with the status as the card names it.
    expect(entry).toContain(`${await card.getByTestId('action-status').innerText()} (40%)`);
    await expectSoundInBothLanguages(page, 'Agreed items and their follow-up');
  });

  it('turns the action overdue on the forum, unit and organisation pages once the clock passes its deadline, and mails its staff', async () => {
    clock.now = () => AFTER;
    const today = jakartaDate(AFTER);

    const forumPage = await open(webPaths.publicForum(forums[0].id));
    const badge = forumPage.getByTestId(`action-${actionIds.get(WATCHED)}`).locator('[data-timeliness]');
    await badge.waitFor();
    expect(await badge.getAttribute('data-timeliness')).toBe('overdue');
    expect(await badge.innerText()).toContain('Terlambat');
    expect((await countsShown(forumPage)).overdue).toBe(1);
    // The CSV says it in the page's words, in the page's language.
    expect(await csvRowOf(forumPage, WATCHED.action)).toEqual(expect.stringContaining('Terlambat'));
    await forumPage.getByTestId('lang-en').click();
    await forumPage.getByRole('heading', { name: 'Agreed items and their follow-up' }).waitFor();
    expect(await badge.innerText()).toContain('Overdue');
    expect(await forumPage.getByTestId('open-csv').getAttribute('href')).toBe(`${apiPaths.publicForumCsv(forums[0].id)}?lang=en`);
    expect(await csvRowOf(forumPage, WATCHED.action)).toEqual(expect.stringContaining('Overdue'));
    expect((await served(forumPage, 'open-atom')).body).toContain('In progress (40%)');

    const unitPage = await open(webPaths.publicUnit(units.dinsos));
    await unitPage.getByRole('heading', { level: 1, name: 'Dinas Sosial' }).waitFor();
    expect(await unitPage.getByTestId('count-overdue').innerText()).toBe('1');
    const overdue = unitPage.getByTestId('unit-overdue').locator('li');
    expect(await overdue.count()).toBe(1);
    expect(await overdue.innerText()).toContain(WATCHED.action);
    expect(await overdue.innerText()).toContain('Terlambat');

    const organisationPage = await open(webPaths.publicOrganisation(organisationId));
    await organisationPage.getByRole('heading', { level: 1, name: 'Pemerintah Kabupaten Banyumas' }).waitFor();
    expect(await organisationPage.getByTestId('count-overdue').innerText()).toBe('1');
    expect(await organisationPage.locator(`[data-unit="${units.dinsos}"] td`).nth(2).innerText()).toBe('1');
    expect(await organisationPage.locator(`[data-unit="${units.dinkes}"] td`).nth(2).innerText()).toBe('0');
    expect(expectedCounts(SEED, today).overdue).toBe(1);

    const reminders = api.app.get(RemindersService);
    await reminders.run();
    const overdueMail = sink.inbox
      .map((mail) => ({ to: mail.to, text: decodedMail(mail.message) }))
      .filter((mail) => /^Subject: .*(terlambat|Overdue)/im.test(mail.text));
    expect(overdueMail.flatMap((mail) => mail.to).sort()).toEqual([dinsosAdmin.email, officer.email].sort());
    for (const mail of overdueMail) {
      expect(mail.text).toContain(WATCHED.action);
      expect(mail.text).toContain(webPaths.publicForum(forums[0].id));
    }
  });

  it('adds the unit and organisation pages up over three forums of two units, and their JSON and CSV say the same', async () => {
    const today = jakartaDate(clock.now());
    const byUnit = (unit: UnitKey) => SEED.filter((seed) => FORUM_UNITS[seed.forum] === unit);

    for (const unit of ['dinsos', 'dinkes'] as const) {
      const expected = expectedCounts(byUnit(unit), today);
      const page = await open(webPaths.publicUnit(units[unit]));
      await page.getByTestId('public-unit').waitFor();
      expect(await countsShown(page)).toEqual(pick(expected));
      expect(await page.getByTestId('on-time-share').innerText()).toBe(share(expected));
      const rows = page.getByTestId('unit-forums').locator('tbody tr');
      const unitForums = forums.filter((_, index) => FORUM_UNITS[index] === unit);
      expect(await rows.count()).toBe(unitForums.length);
      for (const [index, forum] of unitForums.entries()) expect(await rows.nth(index).innerText()).toContain(forum.title);

      const json = JSON.parse((await served(page, 'open-json')).body) as PublicUnitView;
      expect(pick(json.counts)).toEqual(pick(expected));
      expect(json.forums.map((f) => f.id)).toEqual(unitForums.map((f) => f.id));
      const csv = await served(page, 'open-csv');
      expect(csv.type).toMatch(/^text\/csv/);
      const lines = csv.body.trim().split(/\r?\n/);
      expect(lines).toHaveLength(1 + unitForums.length);
      for (const forum of unitForums) expect(lines.some((line) => line.includes(forum.title))).toBe(true);
      await expectSoundInBothLanguages(page, 'Forums over time');
    }

    const all = expectedCounts(SEED, today);
    const page = await open(webPaths.publicOrganisation(organisationId));
    await page.getByTestId('public-organisation').waitFor();
    expect(await countsShown(page)).toEqual(pick(all));
    for (const unit of ['dinsos', 'dinkes'] as const) {
      const expected = expectedCounts(byUnit(unit), today);
      const cells = (await page.locator(`[data-unit="${units[unit]}"] td`).allInnerTexts()).map((cell) => cell.replace(/\s+/g, ' ').trim());
      expect(cells.slice(0, 4)).toEqual([
        String(FORUM_UNITS.filter((u) => u === unit).length),
        `${expected.done} dari ${expected.total}`,
        String(expected.overdue),
        share(expected),
      ]);
    }
    const json = JSON.parse((await served(page, 'open-json')).body) as PublicOrganisationView;
    expect(pick(json.counts)).toEqual(pick(all));
    const csv = await served(page, 'open-csv');
    const lines = csv.body.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines.some((line) => line.includes('Dinas Sosial'))).toBe(true);
    expect(lines.some((line) => line.includes('Dinas Kesehatan'))).toBe(true);
    await expectSoundInBothLanguages(page, 'Service units side by side');

    // The forum's CSV: one row per action shown on its page.
    const forumPage = await open(webPaths.publicForum(forums[1].id));
    await forumPage.getByTestId('public-forum').waitFor();
    const forumCsv = (await served(forumPage, 'open-csv')).body.trim().split(/\r?\n/);
    const shown = await forumPage
      .locator('[data-testid^="action-"]')
      .filter({ has: forumPage.getByRole('heading', { level: 4 }) })
      .count();
    expect(forumCsv).toHaveLength(1 + shown);
    // Each action's row carries the status and timeliness its card shows.
    for (const seed of SEED.filter((s) => s.forum === 1)) {
      const card = forumPage.getByTestId(`action-${actionIds.get(seed)}`);
      const status = await card.getByTestId('action-status').innerText();
      const timeliness = (await card.locator('[data-timeliness]').innerText()).replace(/^[!✓]\s*/, '').trim();
      const row = forumCsv.find((line) => line.includes(seed.action));
      expect(row).toEqual(expect.stringContaining(status));
      expect(row).toEqual(expect.stringContaining(timeliness));
    }
    expect(await countsShown(forumPage)).toEqual(
      pick(
        expectedCounts(
          SEED.filter((s) => s.forum === 1),
          today,
        ),
      ),
    );
    await expectSoundInBothLanguages(forumPage, 'Agreed items and their follow-up');

    const list = await open(webPaths.publicOrganisations);
    await list.getByRole('link', { name: 'Pemerintah Kabupaten Banyumas' }).waitFor();
    await expectSoundInBothLanguages(list, 'Public consultation forum follow-up');
  });
});
