import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { apiPaths, type ForumDetail } from '@mufakat/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations, launchChromium } from './support/browser';
import { startEmbeddedServer, type EmbeddedServer } from './support/embedded-server';
import { forumRequest } from './support/factories';

const outputDir = resolve(__dirname, '../../../test-output');
const ITEM = 'Loket khusus lansia dibuka setiap hari kerja';

describe('consensus, survey and the Berita Acara in a real browser (embedded mode)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-minutes-'));
  let server: EmbeddedServer;
  let browser: Browser;
  let organiser: Page;
  let organiserContext: BrowserContext;
  let facilitator: Page;
  let projector: Page;
  let phone: Page;
  let forum: ForumDetail;
  const accessibility: Record<string, string[]> = {};

  beforeAll(async () => {
    mkdirSync(outputDir, { recursive: true });
    server = await startEmbeddedServer(dataDir);
    browser = await launchChromium();

    organiserContext = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    expect(
      (
        await organiserContext.request.post(server.url + apiPaths.signup, {
          data: { email: 'organiser@dinas.test', password: 'rahasia-sekali', name: 'Organiser' },
        })
      ).status(),
    ).toBe(201);
    const created = (await (
      await organiserContext.request.post(server.url + apiPaths.forums, { data: forumRequest({ title: 'FKP Layanan KTP-el' }) })
    ).json()) as ForumDetail;
    forum = (await (await organiserContext.request.post(server.url + apiPaths.publishForum(created.id))).json()) as ForumDetail;

    const facilitatorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    expect(
      (
        await facilitatorContext.request.post(server.url + apiPaths.signup, {
          data: { email: 'fasilitator@dinas.test', password: 'rahasia-sekali', name: 'Fasilitator' },
        })
      ).status(),
    ).toBe(201);
    const invited = await organiserContext.request.post(server.url + apiPaths.forumMembers(forum.id), {
      data: { email: 'fasilitator@dinas.test', role: 'facilitator' },
    });
    expect(invited.status()).toBe(201);

    facilitator = await facilitatorContext.newPage();
    await facilitator.goto(`${server.url}/console/forums/${forum.id}/live`);
    await facilitator.getByTestId('connection-state').and(facilitator.locator('[data-state="live"]')).waitFor();
    organiser = await organiserContext.newPage();
    await organiser.goto(`${server.url}/console/forums/${forum.id}/live`);
    await organiser.getByTestId('connection-state').and(organiser.locator('[data-state="live"]')).waitFor();

    projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await projector.goto(server.url + forum.projectorUrl);
    await projector.getByTestId('projector-mode').waitFor();

    phone = await (await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true })).newPage();
    await phone.goto(`${server.url}/j/${forum.joinCode}`);
    await phone.getByTestId('register-name').fill('Siti Aisyah');
    await phone.getByTestId('register-institution').fill('Warga RW 03');
    await phone.getByTestId('register-category').selectOption('service_user');
    await phone.getByTestId('register-mode-room').check();
    await phone.getByTestId('register-submit').click();
    await phone.getByTestId('forum-title').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the facilitator puts an item to the room, a phone signals, and the approval shows on the projector and the phone at once', async () => {
    // The facilitator lands on the consensus tab.
    await facilitator.getByTestId('consensus-text').fill(ITEM);
    await facilitator.getByTestId('consensus-create').click();
    const item = facilitator.getByTestId('consensus-item').filter({ hasText: ITEM });
    await item.and(facilitator.locator('[data-status="draft"]')).waitFor();
    await item.getByTestId('consensus-open').click();
    await item.and(facilitator.locator('[data-status="open"]')).waitFor();

    const card = phone.getByTestId('consensus-open').filter({ hasText: ITEM });
    await card.waitFor();
    await card.getByTestId('consensus-disagree').click();
    await card.getByTestId('consensus-agree').click();
    await expect(card.getByTestId('consensus-agree').getAttribute('aria-pressed')).resolves.toBe('true');
    await item.locator('[data-testid="consensus-signal-count"][data-signal="agree"][data-count="1"]').waitFor();
    await item.locator('[data-testid="consensus-signal-count"][data-signal="disagree"][data-count="0"]').waitFor();
    await item.locator('[data-testid="consensus-category-row"][data-category="service_user"]').waitFor();
    const onScreen = projector.getByTestId('projector-consensus-open').filter({ hasText: ITEM });
    await expectText(onScreen.locator('[data-testid="projector-consensus-count"][data-signal="agree"]'), '1');
    accessibility['phone consensus'] = await axeViolations(phone);
    accessibility['console consensus'] = await axeViolations(facilitator);

    await item.getByTestId('consensus-approve').click();
    await item.getByTestId('follow-up-action').fill('Menyiapkan loket dan petugas khusus lansia');
    await item.getByTestId('follow-up-unit').fill('Bidang Pelayanan');
    await item.getByTestId('follow-up-deadline').fill('2027-01-31');
    await item.getByTestId('follow-up-submit').click();
    await item.and(facilitator.locator('[data-status="approved"]')).waitFor();

    await projector.getByTestId('projector-consensus-approved').filter({ hasText: ITEM }).waitFor();
    await expect(projector.getByTestId('projector-consensus-approved').filter({ hasText: ITEM }).getAttribute('data-number')).resolves.toBe('1');
    const agreed = phone.getByTestId('consensus-approved').filter({ hasText: ITEM });
    await agreed.waitFor();
    await expectText(agreed, 'Bidang Pelayanan');
    accessibility['projector consensus'] = await axeViolations(projector);
    accessibility['phone agreed item'] = await axeViolations(phone);
    await projector.screenshot({ path: join(outputDir, 'projector-consensus.png') });
  });

  it('the survey is answered on the phone and scored on the console', async () => {
    await facilitator.getByTestId('tab-survey').click();
    await facilitator.getByTestId('survey-toggle').click();
    await facilitator.locator('[data-testid="survey-state"][data-open="true"]').waitFor();
    // A form with an element left out is refused on the phone, with the gap named.
    await phone.getByTestId('survey-U1-4').check();
    await phone.getByTestId('survey-submit').click();
    await phone.getByTestId('survey-error').waitFor();
    for (const code of ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']) await phone.getByTestId(`survey-${code}-${code === 'U4' ? 3 : 4}`).check();
    await phone.getByTestId('survey-submit').click();
    await phone.getByTestId('survey-done').waitFor();
    // (8 × 4 + 3) / 9 × 25 = 97.22: grade A.
    await expectText(facilitator.getByTestId('ikm-converted'), '97,22');
    await expect(facilitator.getByTestId('ikm-grade').getAttribute('data-grade')).resolves.toBe('A');
    accessibility['phone survey answered'] = await axeViolations(phone);
    accessibility['console survey'] = await axeViolations(facilitator);
  });

  it('the organiser generates the Berita Acara, a representative signs on the phone, and the next version embeds it', async () => {
    await organiser.getByTestId('tab-minutes').click();
    const attendee = await organiser.locator('[data-testid="representative-attendee"] option', { hasText: 'Siti Aisyah' }).getAttribute('value');
    await organiser.getByTestId('representative-attendee').selectOption(attendee as string);
    await organiser.getByTestId('representative-side').selectOption('public');
    await organiser.getByTestId('representative-role').fill('Perwakilan pengguna layanan');
    await organiser.getByTestId('representative-add').click();
    await organiser.getByTestId('representative').filter({ hasText: 'Siti Aisyah' }).waitFor();

    await organiser.getByTestId('document-generate').click();
    const v1 = organiser.locator('[data-testid="document-version"][data-status="ready"]').first();
    await v1.waitFor({ timeout: 60_000 });
    await expect(v1.locator('[data-testid="document-signatures"]').getAttribute('data-missing')).resolves.toBe('1');
    accessibility['console Berita Acara'] = await axeViolations(organiser);

    // The phone is asked to sign that version, and shows its hash.
    const signing = phone.locator('[data-testid="signing"][data-step="sign"]');
    await signing.waitFor({ timeout: 15_000 });
    const href = (await v1.getByTestId('document-download-pdf').getAttribute('href')) as string;
    const pdf = await organiserContext.request.get(server.url + href);
    const sha256 = createHash('sha256')
      .update(await pdf.body())
      .digest('hex');
    expect(pdf.headers()['x-content-sha256']).toBe(sha256);
    expect((await signing.getByTestId('signing-hash').innerText()).replace(/\s+/g, '')).toBe(sha256);

    // The signer reads the version's pages first: the sign button is enabled once the last page has been on screen.
    const reader = signing.getByTestId('signing-reader');
    await reader.locator('img').first().waitFor({ timeout: 30_000 });
    await expect(signing.getByTestId('signing-submit').isDisabled()).resolves.toBe(true);
    await reader.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: join(outputDir, 'phone-reading.png') });
    await signing.getByTestId('signing-reader-end').scrollIntoViewIfNeeded();
    await signing.locator('[data-testid="signing-submit"][data-read="true"]').waitFor();

    // An empty pad is refused; a drawn signature is sent.
    await signing.getByTestId('signing-submit').click();
    await signing.getByTestId('signing-error').waitFor();
    const pad = signing.getByTestId('signature-pad');
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    if (!box) throw new Error('no signature pad on screen');
    await phone.mouse.move(box.x + 20, box.y + box.height * 0.6);
    await phone.mouse.down();
    for (let step = 1; step <= 20; step++) await phone.mouse.move(box.x + 20 + step * 12, box.y + box.height * (0.6 - 0.3 * Math.sin(step / 3)));
    await phone.mouse.up();
    accessibility['phone signing'] = await axeViolations(phone);
    await phone.screenshot({ path: join(outputDir, 'phone-signing.png') });
    await signing.getByTestId('signing-submit').click();
    await phone.locator('[data-testid="signing"][data-step="signed"]').waitFor();
    await expectText(organiser.getByTestId('representative').filter({ hasText: 'Siti Aisyah' }).getByTestId('representative-signed'), '1');

    // Same content, new version: the signature is in it, and nothing is missing.
    await organiser.getByTestId('document-generate').click();
    const ready = organiser.locator('[data-testid="document-version"][data-status="ready"]');
    await ready.nth(1).waitFor({ timeout: 60_000 });
    // Newest first: version 2 lacks no signature, version 1 still lacks the one given after it.
    await expect(ready.nth(0).getByTestId('document-signatures').getAttribute('data-missing')).resolves.toBe('0');
    await expect(ready.nth(1).getByTestId('document-signatures').getAttribute('data-missing')).resolves.toBe('1');

    expect(accessibility).toEqual(Object.fromEntries(Object.keys(accessibility).map((page) => [page, []])));
  });
});

async function expectText(locator: Locator, expected: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    last = await locator.innerText({ timeout: timeoutMs }).catch(() => '');
    if (last.includes(expected)) return;
    if (Date.now() > deadline) throw new Error(`expected "${expected}", last saw "${last}"`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
