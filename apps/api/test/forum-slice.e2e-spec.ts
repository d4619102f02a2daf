import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from './support/browser';
import { startEmbeddedServer, type EmbeddedServer } from './support/embedded-server';

const outputDir = resolve(__dirname, '../../../test-output');
const QUESTION = 'Berapa hari KTP-el selesai dicetak?';

describe('the forum slice in a real browser: console, projector and a phone', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-browser-'));
  let server: EmbeddedServer;
  let browser: Browser;
  const accessibility: Record<string, string[]> = {};

  const checkAccessibility = async (name: string, page: Page) => {
    accessibility[name] = await axeViolations(page);
  };

  beforeAll(async () => {
    mkdirSync(outputDir, { recursive: true });
    server = await startEmbeddedServer(dataDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('walks organiser → projector → attendee → moderator and every view follows live', async () => {
    const staff = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await staff.goto(`${server.url}/console/`);
    await checkAccessibility('console login', staff);
    await staff.getByTestId('show-signup').click();
    await staff.getByTestId('signup-name').fill('Rina Organiser');
    await staff.getByTestId('signup-email').fill('rina@dukcapil.test');
    await staff.getByTestId('signup-password').fill('rahasia-sekali');
    await staff.getByTestId('signup-submit').click();
    await staff.getByTestId('new-forum').click();
    await checkAccessibility('console new forum', staff);
    await staff.getByTestId('forum-title').fill('FKP Layanan KTP-el 2026');
    await staff.getByTestId('forum-theme').fill('Standar pelayanan KTP-el');
    await staff.getByTestId('forum-service').fill('Penerbitan KTP-el');
    await staff.getByTestId('forum-unit').fill('Dinas Dukcapil Kota Contoh');
    await staff.getByTestId('forum-venue').fill('Aula Dinas');
    await staff.getByTestId('forum-starts-at').fill('2026-12-01T09:00');
    await staff.getByTestId('agenda-title-0').fill('Pembukaan');
    await staff.getByTestId('agenda-minutes-0').fill('10');
    await staff.getByTestId('agenda-add').click();
    await staff.getByTestId('agenda-title-1').fill('Diskusi standar pelayanan');
    await staff.getByTestId('agenda-minutes-1').fill('45');
    await staff.getByTestId('forum-create-submit').click();
    await staff.getByTestId('forum-publish').click();
    const joinCode = (await staff.getByTestId('join-code').innerText()).trim();
    expect(joinCode).toMatch(/^[A-Z2-9]{6}$/);
    await expect(staff.getByTestId('join-qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true);
    await checkAccessibility('console forum page', staff);
    const projectorHref = await staff.getByTestId('projector-link').getAttribute('href');
    expect(projectorHref).toMatch(/^\/console\/projector\/.+\?key=/);

    const projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await projector.goto(server.url + projectorHref);
    await expect(projector.getByTestId('projector-join-code').innerText()).resolves.toContain(joinCode);
    await projector.getByTestId('projector-qr').waitFor();
    await expectText(projector.getByTestId('projector-attendance-room'), '0');

    const phoneContext = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const phone = await phoneContext.newPage();
    await phone.goto(`${server.url}/j/${joinCode.toLowerCase()}`);
    await phone.getByTestId('register-name').waitFor();
    await checkAccessibility('audience registration', phone);
    await phone.getByTestId('register-name').fill('Siti Aminah');
    await phone.getByTestId('register-institution').fill('Warga Kelurahan Sukamaju');
    await phone.getByTestId('register-category').selectOption('service_user');
    await phone.getByTestId('register-mode-room').check();
    await phone.getByTestId('register-submit').click();
    await expectText(phone.getByTestId('forum-title'), 'FKP Layanan KTP-el 2026');
    await expectText(projector.getByTestId('projector-attendance-room'), '1');
    await expectText(projector.getByTestId('projector-attendance-online'), '0');

    // Asking anonymously hides the name from the room, not from the staff: the phone says so.
    await expectText(phone.getByTestId('ask-anonymous-hint'), 'tetap dapat melihat siapa yang bertanya');
    await phone.getByTestId('ask-text').fill(QUESTION);
    await phone.getByTestId('ask-submit').click();
    await phone.getByTestId('ask-sent').waitFor();
    const mine = phone.locator('[data-testid="my-question"][data-status="pending"]');
    await mine.waitFor();
    await checkAccessibility('audience live', phone);

    // Focus follows editing and withdrawing, every time (the audience app moves it itself, not by autoFocus).
    for (let round = 0; round < 2; round++) {
      await mine.getByTestId('my-question-edit').click();
      await expectFocus(phone, 'my-question-edit-text');
      await mine.getByRole('button', { name: 'Batal' }).click();
      await expectFocus(phone, 'my-question-edit');
      await mine.getByTestId('my-question-withdraw').click();
      await expectFocus(phone, 'my-question-withdraw-confirm');
      await mine.getByRole('button', { name: 'Batal' }).click();
      await expectFocus(phone, 'my-question-edit');
    }

    await staff.getByTestId('open-live-console').click();
    const pending = staff.getByTestId('pending-question').filter({ hasText: QUESTION });
    await pending.waitFor();
    await checkAccessibility('moderator console', staff);
    await pending.getByTestId('approve-question').click();
    await staff.getByTestId('approved-question').filter({ hasText: QUESTION }).waitFor();

    const onProjector = projector.getByTestId('projector-question').filter({ hasText: QUESTION });
    await onProjector.waitFor();
    const onPhone = phone.getByTestId('question').filter({ hasText: QUESTION });
    await onPhone.waitFor();
    await phone.locator('[data-testid="my-question"][data-status="approved"]').waitFor();

    await onPhone.getByTestId('upvote-button').click();
    await expectText(onPhone.getByTestId('question-upvotes'), '1');
    await expect(onPhone.getByTestId('upvote-button').getAttribute('aria-pressed')).resolves.toBe('true');
    await expectText(onProjector.getByTestId('question-upvotes'), '1');

    // A reload keeps the same attendee and their vote.
    await phone.reload();
    await expectText(phone.getByTestId('question').filter({ hasText: QUESTION }).getByTestId('question-upvotes'), '1');
    await expect(phone.getByTestId('question').filter({ hasText: QUESTION }).getByTestId('upvote-button').getAttribute('aria-pressed')).resolves.toBe('true');

    await staff.getByTestId('agenda-next').click();
    await expectText(projector.getByTestId('projector-current-agenda'), 'Pembukaan');
    await expectText(phone.getByTestId('current-agenda-title'), 'Pembukaan');
    await staff.getByTestId('agenda-next').click();
    await expectText(projector.getByTestId('projector-current-agenda'), 'Diskusi standar pelayanan');
    await checkAccessibility('projector', projector);
    await projector.screenshot({ path: join(outputDir, 'projector.png') });
    await phone.screenshot({ path: join(outputDir, 'phone.png') });

    // English on request (its words fetched then), remembered on the device.
    await phone.getByTestId('lang-en').click();
    await phone.waitForFunction(() => document.documentElement.lang === 'en');
    await expect(phone.evaluate(() => localStorage.getItem('mufakat.lang'))).resolves.toBe('en');

    // An unknown join code gets a clear page, not a blank one: in English on this phone from its first paint.
    await phone.goto(`${server.url}/j/ZZZZZZ`);
    await phone.getByTestId('forum-not-found').waitFor();
    expect(await phone.getByTestId('forum-not-found').innerText()).toContain('Forum not found');
    await checkAccessibility('audience unknown code', phone);
    await phone.goto(`${server.url}/`);
    await phone.getByTestId('join-code-input').waitFor();
    await expect(phone.getByTestId('join-code-input').getAttribute('spellcheck')).resolves.toBe('false');
    await checkAccessibility('audience home', phone);

    expect(accessibility).toEqual(Object.fromEntries(Object.keys(accessibility).map((page) => [page, []])));
  });
});

/** Waits until the element with this test id has the focus (focus moves after the render that needs it). */
async function expectFocus(page: Page, testId: string): Promise<void> {
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, testId, { timeout: 5_000 });
}

/** Waits until the element's text contains the expected value (live updates arrive asynchronously). */
async function expectText(locator: ReturnType<Page['getByTestId']>, expected: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    last = await locator.innerText({ timeout: timeoutMs }).catch(() => '');
    if (last.trim() === expected || (expected.length > 2 && last.includes(expected))) return;
    if (Date.now() > deadline) throw new Error(`expected "${expected}", last saw "${last}"`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
