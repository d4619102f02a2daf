import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiPaths, LiveEvent, type ConsensusItemView, type ForumDetail, type RecordSettings } from '@mufakat/contracts';
import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations, launchChromium } from './support/browser';
import { startEmbeddedServer, type EmbeddedServer } from './support/embedded-server';
import { createPublishedForum, LiveTestClient, signupStaff } from './support/factories';
import { blankPng } from './support/images';

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

describe('the follow-up board in a real browser', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-board-'));
  let server: EmbeddedServer;
  let browser: Browser;
  let context: BrowserContext;
  let forum: ForumDetail;

  beforeAll(async () => {
    server = await startEmbeddedServer(dataDir);
    browser = await launchChromium();
    const organiser = await signupStaff(server.url, 'organiser');
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
      followUp: {
        action: 'SOP dipublikasikan di papan informasi',
        responsibleUnit: 'Bidang Pelayanan',
        deadline: null,
        timeFrame: '3 bulan',
        status: 'planned',
      },
    });
    expect(approved.ok).toBe(true);
    socket.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = organiser.cookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is reached from the navigation, posts an update with evidence, shows its history, and passes axe in both languages', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/console/`);
    await page.getByTestId('follow-ups-link').click();
    await page.getByRole('heading', { level: 1, name: 'Tindak lanjut' }).waitFor();
    const card = page.getByTestId('follow-up-action').filter({ hasText: 'SOP dipublikasikan di papan informasi' });
    await card.getByText('SOP dipublikasikan di papan informasi').waitFor();
    expect(await card.getByTestId('follow-up-status').textContent()).toBe('Direncanakan');
    await page.getByTestId('notifications').getByText('Belum ada pengingat.').waitFor();
    // The first unit of a fresh installation made its organisation, with the organiser as its admin.
    const overview = page.getByTestId('organisation-unit');
    await overview.first().waitFor();
    expect(await overview.allTextContents()).toEqual(['Dinas Sosial11000']);
    expect(await axeViolations(page)).toEqual([]);

    await card.getByTestId('update-status').selectOption('in_progress');
    await card.getByTestId('update-progress').fill('40');
    await card.getByTestId('update-note').fill('Draf SOP sudah ditandatangani');
    await card.getByTestId('update-files').setInputFiles([{ name: 'foto-papan.png', mimeType: 'image/png', buffer: blankPng(60, 40) }]);
    await card.getByTestId('update-submit').click();
    await page.getByTestId('follow-ups-announcement').getByText('Pembaruan tersimpan.').waitFor();
    expect(await card.getByTestId('follow-up-status').textContent()).toBe('Sedang dikerjakan');
    await card.locator('summary', { hasText: 'Riwayat' }).click();
    await card.getByTestId('follow-up-update').getByText('Draf SOP sudah ditandatangani').waitFor();
    const evidence = card.getByRole('link', { name: 'foto-papan.png' });
    const served = await context.request.get(server.url + ((await evidence.getAttribute('href')) as string));
    expect(served.headers()['content-type']).toMatch(/^image\/png/);

    // A file that is not a photo nor a PDF is refused with the server's reason, and nothing changes.
    await card.getByTestId('update-files').setInputFiles([{ name: 'bukti.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf at all') }]);
    await card.getByTestId('update-submit').click();
    await card.getByTestId('follow-up-error').waitFor();
    expect(await card.getByTestId('follow-up-update').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Another action for the same item, its deadline counted from the forum's date.
    await page.locator('summary', { hasText: 'Tambah tindak lanjut' }).click();
    await page.getByTestId('add-submit').click();
    await page.getByText('Pilih salah satu.').waitFor();
    await page.getByTestId('add-item').selectOption({ index: 1 });
    await page.getByTestId('add-action').fill('Papan informasi di loket');
    await page.getByTestId('add-responsible').fill('Sekretariat');
    await page.getByTestId('add-time-frame').fill('2 minggu');
    await page.getByTestId('add-submit').click();
    await page.getByTestId('follow-ups-announcement').getByText('Tindak lanjut ditambahkan.').waitFor();
    const added = page.getByTestId('follow-up-action').filter({ hasText: 'Papan informasi di loket' });
    // 1 December 2026 (the forum's date) plus two weeks.
    await added.getByText('15 Desember 2026').waitFor();
    expect(await page.getByTestId('follow-up-action').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('lang-en').click();
    await page.getByRole('heading', { level: 1, name: 'Follow-up' }).waitFor();
    expect(await card.getByTestId('follow-up-status').textContent()).toBe('In progress');
    expect(await axeViolations(page)).toEqual([]);
  });
});
