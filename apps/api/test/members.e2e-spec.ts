import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiPaths, CSRF_HEADER, LiveEvent, type ConsensusItemView, type ForumDetail, type RecordSettings } from '@mufakat/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchChromium } from './support/browser';
import { startEmbeddedServer, type EmbeddedServer } from './support/embedded-server';
import { createPublishedForum, LiveTestClient, signupStaff } from './support/factories';

const SETTINGS: RecordSettings = {
  unitName: 'Dinas Sosial',
  unitCode: 'Dinsos',
  parentBody: 'Pemerintah Kabupaten Banyumas',
  address: null,
  city: 'Purwokerto',
  numberPattern: '000.5/{n}/{unit}/{year}',
  headName: null,
  headPosition: null,
  headNip: null,
  acknowledgerName: null,
  acknowledgerPosition: null,
  acknowledgerNip: null,
  showHiddenQuestionTexts: false,
};
const ACTION = 'SOP dipublikasikan di papan informasi';

describe('unit and organisation members in a real browser', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-members-'));
  let server: EmbeddedServer;
  let browser: Browser;
  let organiser: { cookie: string; email: string };
  let officer: { cookie: string; email: string };
  let viewer: { cookie: string; email: string };
  let guest: { cookie: string; email: string };
  let forum: ForumDetail;

  const contextOf = async (cookie: string, width = 1280): Promise<BrowserContext> => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    return context;
  };

  const openMembers = async (page: Page) => {
    await page.goto(`${server.url}/console/`);
    await page.getByTestId('members-link').click();
    await page.getByRole('heading', { level: 1, name: 'Anggota unit dan organisasi' }).waitFor();
    await page.getByTestId('unit-member').first().waitFor();
  };

  const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  beforeAll(async () => {
    server = await startEmbeddedServer(dataDir);
    browser = await launchChromium();
    organiser = await signupStaff(server.url, 'organiser');
    officer = await signupStaff(server.url, 'petugas');
    viewer = await signupStaff(server.url, 'pemantau');
    guest = await signupStaff(server.url, 'tamu');
    forum = await createPublishedForum(server.url, organiser.cookie);
    const saved = await fetch(server.url + apiPaths.recordSettings(forum.id), {
      method: 'PUT',
      headers: { cookie: organiser.cookie, 'content-type': 'application/json' },
      body: JSON.stringify(SETTINGS),
    });
    expect(saved.status).toBe(200);
    const socket = await LiveTestClient.connect(server.url, { forumId: forum.id }, organiser.cookie);
    const created = await socket.emit(LiveEvent.createConsensus, { text: 'Prosedur layanan diumumkan' });
    const item = (created as { ok: true; data: ConsensusItemView }).data;
    await socket.emit(LiveEvent.moveConsensus, { itemId: item.id, status: 'open' });
    const approved = await socket.emit(LiveEvent.approveConsensus, {
      itemId: item.id,
      followUp: { action: ACTION, responsibleUnit: 'Bidang Pelayanan', deadline: null, timeFrame: '3 bulan', status: 'planned' },
    });
    expect(approved.ok).toBe(true);
    socket.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets the organisation admin add an officer and a viewer, change a role, and refuses to remove the last admin, at 390 px', async () => {
    const context = await contextOf(organiser.cookie, 390);
    const page = await context.newPage();
    await openMembers(page);
    const units = page.getByTestId('unit-section');
    const organisations = page.getByTestId('organisation-section');
    await units.getByTestId('unit-name').getByText('Dinas Sosial').waitFor();
    const me = units.locator(`[data-email="${organiser.email}"]`);
    expect(await me.getByTestId('unit-member-role').inputValue()).toBe('admin');
    expect(await organisations.locator(`[data-email="${organiser.email}"]`).getByTestId('organisation-member-role').inputValue()).toBe('admin');
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);

    // Checked before sending.
    await units.getByTestId('unit-add-email').fill('bukan-email');
    await units.getByTestId('unit-add-submit').click();
    await units.getByText('Alamat email tidak valid.').waitFor();
    expect(await units.getByTestId('unit-add-email').getAttribute('aria-invalid')).toBe('true');

    await units.getByTestId('unit-add-email').fill(officer.email);
    await units.getByTestId('unit-add-submit').click();
    await units.getByTestId('unit-announcement').getByText(`${officer.email} ditambahkan.`).waitFor();
    const officerRow = units.locator(`[data-email="${officer.email}"]`);
    expect(await officerRow.getByTestId('unit-member-role').inputValue()).toBe('officer');

    // The viewer is added as officer by mistake, then given the viewer role.
    await units.getByTestId('unit-add-email').fill(viewer.email);
    await units.getByTestId('unit-add-submit').click();
    await units.getByTestId('unit-announcement').getByText(`${viewer.email} ditambahkan.`).waitFor();
    const viewerRow = units.locator(`[data-email="${viewer.email}"]`);
    expect(await viewerRow.getByTestId('unit-member-save').isDisabled()).toBe(true);
    await viewerRow.getByTestId('unit-member-role').selectOption('viewer');
    await viewerRow.getByTestId('unit-member-save').click();
    await units.getByTestId('unit-announcement').getByText('sekarang pemantau').waitFor();
    expect(await viewerRow.getByTestId('unit-member-role').inputValue()).toBe('viewer');
    await viewerRow.getByTestId('unit-member-save').and(page.locator(':disabled')).waitFor();
    expect(await units.getByTestId('unit-member').count()).toBe(3);

    // The unit keeps its last admin: removing them is refused in words, and nobody is removed.
    await me.getByTestId('unit-member-remove').click();
    await me.getByTestId('unit-member-remove-confirm').click();
    const refusal = units.getByTestId('unit-change-error');
    await refusal.getByText('Unit harus tetap memiliki setidaknya satu admin. Jadikan anggota lain admin terlebih dahulu.').waitFor();
    expect(await refusal.textContent()).not.toContain('keeps at least one admin');
    expect(await units.getByTestId('unit-member').count()).toBe(3);
    // Demoting the last admin is refused the same way, and the roster shows the role kept.
    await me.getByTestId('unit-member-role').selectOption('officer');
    await me.getByTestId('unit-member-save').click();
    await units.getByTestId('unit-change-error').waitFor();
    await page.waitForFunction(
      (email) => (document.querySelector(`[data-email="${email}"] [data-testid="unit-member-role"]`) as HTMLSelectElement | null)?.value === 'admin',
      organiser.email,
    );

    // The organisation gets a viewer, who is then removed after one more yes.
    await organisations.getByTestId('organisation-add-email').fill(guest.email);
    await organisations.getByTestId('organisation-add-submit').click();
    await organisations.getByTestId('organisation-announcement').getByText(`${guest.email} ditambahkan.`).waitFor();
    const guestRow = organisations.locator(`[data-email="${guest.email}"]`);
    expect(await guestRow.getByTestId('organisation-member-role').inputValue()).toBe('viewer');
    await guestRow.getByTestId('organisation-member-remove').click();
    await guestRow.getByTestId('organisation-member-remove-cancel').click();
    expect(await organisations.getByTestId('organisation-member').count()).toBe(2);
    await guestRow.getByTestId('organisation-member-remove').click();
    await guestRow.getByTestId('organisation-member-remove-confirm').click();
    await organisations.getByTestId('organisation-announcement').getByText('tamu dikeluarkan.').waitFor();
    await guestRow.waitFor({ state: 'detached' });
    expect(await organisations.getByTestId('organisation-member').count()).toBe(1);

    const orgMe = organisations.locator(`[data-email="${organiser.email}"]`);
    await orgMe.getByTestId('organisation-member-remove').click();
    await orgMe.getByTestId('organisation-member-remove-confirm').click();
    await organisations
      .getByTestId('organisation-change-error')
      .getByText('Organisasi harus tetap memiliki setidaknya satu admin.', { exact: false })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);

    await page.getByTestId('lang-en').click();
    await page.getByRole('heading', { level: 1, name: 'Unit and organisation members' }).waitFor();
    await units.getByTestId('unit-change-error').getByText('The unit must keep at least one admin.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await context.close();
  });

  it('lets the officer see the board and post an update, but shows the members read-only', async () => {
    const context = await contextOf(officer.cookie);
    const page = await context.newPage();
    await page.goto(`${server.url}/console/follow-ups`);
    const card = page.getByTestId('follow-up-action').filter({ hasText: ACTION });
    await card.getByText(ACTION).waitFor();
    await card.getByTestId('update-status').selectOption('in_progress');
    await card.getByTestId('update-progress').fill('30');
    await card.getByTestId('update-note').fill('Draf SOP disusun petugas');
    await card.getByTestId('update-submit').click();
    await page.getByTestId('follow-ups-announcement').getByText('Pembaruan tersimpan.').waitFor();
    await card.getByTestId('follow-up-status').filter({ hasText: 'Sedang dikerjakan' }).waitFor();

    await openMembers(page);
    const units = page.getByTestId('unit-section');
    await units.getByTestId('unit-read-only').waitFor();
    expect(await units.getByTestId('unit-member').count()).toBe(3);
    expect(await units.locator(`[data-email="${officer.email}"]`).getByTestId('unit-member-role-text').textContent()).toBe('petugas');
    expect(await page.locator('select, button[data-testid$="-remove"], [data-testid$="-add-submit"]').count()).toBe(0);
    await page.getByTestId('organisation-none').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The server agrees: an officer may not add members.
    const refused = await fetch(server.url + apiPaths.unitMembers((await myUnitId(officer.cookie)) as string), {
      method: 'POST',
      headers: { cookie: officer.cookie, 'content-type': 'application/json', [CSRF_HEADER.name]: CSRF_HEADER.value },
      body: JSON.stringify({ email: viewer.email, role: 'admin' }),
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('FORBIDDEN');
    await context.close();
  });

  it('shows the viewer the board and the members read-only, in both languages', async () => {
    const context = await contextOf(viewer.cookie, 390);
    const page = await context.newPage();
    await page.goto(`${server.url}/console/follow-ups`);
    const card = page.getByTestId('follow-up-action').filter({ hasText: ACTION });
    await card.getByText(ACTION).waitFor();
    expect(await page.getByTestId('update-submit').count()).toBe(0);

    await openMembers(page);
    await page.getByTestId('unit-section').getByTestId('unit-read-only').waitFor();
    expect(await page.locator('[data-testid="unit-section"] select, [data-testid="unit-section"] button').count()).toBe(0);
    expect(await page.getByTestId('unit-section').locator(`[data-email="${viewer.email}"]`).getByTestId('unit-member-role-text').textContent()).toBe(
      'pemantau',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await page.getByTestId('lang-en').click();
    await page.getByRole('heading', { level: 1, name: 'Unit and organisation members' }).waitFor();
    await page.getByTestId('unit-read-only').getByText("Only these roles may change the unit's members: admin.", { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  async function myUnitId(cookie: string): Promise<string | undefined> {
    const response = await fetch(server.url + apiPaths.myUnits, { headers: { cookie } });
    const units = (await response.json()) as Array<{ id: string }>;
    return units[0]?.id;
  }
});
