import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiPaths, type DocumentVersionView, type ForumDetail } from '@mufakat/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations, launchChromium } from './support/browser';
import { startEmbeddedServer, type EmbeddedServer } from './support/embedded-server';
import { forumRequest } from './support/factories';

const HEAD = 'Dra. Sri Wahyuni, M.M.';
/** The README's screenshots are refreshed only on request: `UPDATE_SCREENSHOTS=1`. */
const screenshots = join(__dirname, process.env.UPDATE_SCREENSHOTS ? '../../../docs/screenshots' : '../../../test-output/screenshots');

/** Two representatives sign on phones and the head of unit's staff signatory on the console, across a regeneration. */
describe('signing the Berita Acara across versions in a real browser (embedded mode)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-signing-'));
  let server: EmbeddedServer;
  let browser: Browser;
  let organiserContext: BrowserContext;
  let organiser: Page;
  let head: Page;
  let forum: ForumDetail;
  const phones: Record<string, Page> = {};
  const accessibility: Record<string, string[]> = {};

  const signup = async (context: BrowserContext, email: string, name: string) =>
    expect((await context.request.post(server.url + apiPaths.signup, { data: { email, password: 'rahasia-sekali', name } })).status()).toBe(201);

  beforeAll(async () => {
    server = await startEmbeddedServer(dataDir);
    browser = await launchChromium();
    organiserContext = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    await signup(organiserContext, 'organiser@dinas.test', 'Organiser');
    const created = (await (
      await organiserContext.request.post(server.url + apiPaths.forums, { data: forumRequest({ title: 'FKP Layanan Sosial' }) })
    ).json()) as ForumDetail;
    forum = (await (await organiserContext.request.post(server.url + apiPaths.publishForum(created.id))).json()) as ForumDetail;
    const settings = await organiserContext.request.put(server.url + apiPaths.recordSettings(forum.id), {
      data: {
        unitName: 'Dinas Sosial',
        unitCode: 'Dinsos',
        parentBody: null,
        address: null,
        city: 'Purwokerto',
        numberPattern: '000.5/{n}/{unit}/{year}',
        headName: HEAD,
        headPosition: 'Kepala Dinas Sosial',
        headNip: null,
        acknowledgerName: null,
        acknowledgerPosition: null,
        acknowledgerNip: null,
        showHiddenQuestionTexts: false,
      },
    });
    expect(settings.status()).toBe(200);

    const headContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await signup(headContext, 'kadis@dinas.test', 'Sri Wahyuni');
    expect(
      (await organiserContext.request.post(server.url + apiPaths.forumMembers(forum.id), { data: { email: 'kadis@dinas.test', role: 'moderator' } })).status(),
    ).toBe(201);

    for (const name of ['Siti Aisyah', 'Budi Santoso']) {
      const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
      await phone.goto(`${server.url}/j/${forum.joinCode}`);
      await phone.getByTestId('register-name').fill(name);
      await phone.getByTestId('register-institution').fill('Warga RW 03');
      await phone.getByTestId('register-category').selectOption('service_user');
      await phone.getByTestId('register-mode-room').check();
      await phone.getByTestId('register-submit').click();
      await phone.getByTestId('forum-title').waitFor();
      phones[name] = phone;
    }

    organiser = await organiserContext.newPage();
    await organiser.goto(`${server.url}/console/forums/${forum.id}/live`);
    await organiser.getByTestId('connection-state').and(organiser.locator('[data-state="live"]')).waitFor();
    await organiser.getByTestId('tab-minutes').click();
    head = await headContext.newPage();
    await head.goto(`${server.url}/console/forums/${forum.id}/live`);
    await head.getByTestId('connection-state').and(head.locator('[data-state="live"]')).waitFor();
    await head.getByTestId('tab-minutes').click();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const versions = async () => (await (await organiserContext.request.get(server.url + apiPaths.documents(forum.id))).json()) as DocumentVersionView[];
  /** How many signatures the version's PDF shows, read back with pdftotext. */
  const signaturesInPdf = async (documentId: string) => {
    const pdf = await organiserContext.request.get(server.url + apiPaths.documentFile(forum.id, documentId, 'pdf'));
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: await pdf.body(), encoding: 'utf8' });
    return { count: (text.match(/Ditandatangani \d/g) ?? []).length, text: text.replace(/\s+/g, ' ') };
  };
  const representativeState = (name: string) =>
    organiser.getByTestId('representative').filter({ hasText: name }).getAttribute('data-signed', { timeout: 10_000 });
  const waitState = async (name: string, state: string) => {
    for (const deadline = Date.now() + 10_000; (await representativeState(name)) !== state;) {
      if (Date.now() > deadline) throw new Error(`${name} never became ${state}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  };
  const generate = async (count: number) => {
    await organiser.getByTestId('document-generate').click();
    await organiser
      .locator('[data-testid="document-version"][data-status="ready"]')
      .nth(count - 1)
      .waitFor({ timeout: 60_000 });
    const [newest] = await versions();
    return newest;
  };
  const draw = async (page: Page, pad: Locator) => {
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    if (!box) throw new Error('no signature pad on screen');
    await page.mouse.move(box.x + 20, box.y + box.height * 0.6);
    await page.mouse.down();
    for (let step = 1; step <= 20; step++) await page.mouse.move(box.x + 20 + step * 12, box.y + box.height * (0.6 - 0.3 * Math.sin(step / 3)));
    await page.mouse.up();
  };
  const signOnPhone = async (name: string, version: number, screenshot?: string) => {
    const phone = phones[name];
    const signing = phone.locator('[data-testid="signing"][data-step="sign"]');
    await signing.waitFor({ timeout: 15_000 });
    await expect(signing.innerText()).resolves.toContain(`versi ${version}`);
    const reader = signing.getByTestId('signing-reader');
    await reader.locator('img').first().waitFor({ timeout: 30_000 });
    // The pages really show (the content security policy lets the page images through), at twice a phone's width.
    const widths = await reader
      .locator('img')
      .evaluateAll((images) => Promise.all(images.map((img) => (img as HTMLImageElement).decode().then(() => (img as HTMLImageElement).naturalWidth))));
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.every((width) => width === 780)).toBe(true);
    await expect(signing.getByTestId('signing-submit').isDisabled()).resolves.toBe(true);
    if (screenshot) {
      await reader.scrollIntoViewIfNeeded();
      accessibility['phone reading'] = await axeViolations(phone);
      // The screenshot shows what the reader opens with: the hint, the zoom control and the first page.
      await reader.getByTestId('reader-zoom-level').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await phone.evaluate(() => window.scrollBy(0, -120));
      await phone.screenshot({ path: screenshot });
      await checkReadable(phone, reader);
    }
    // Every page must have been on screen, not only the end. At 300 % a page is taller than the phone's screen: from the
    // top, jumping straight to the end passes over the middle pages, and the button stays disabled.
    const frames = reader.getByTestId('reader-frame');
    const pageCount = await frames.count();
    const seen = async () => Number(await reader.getByTestId('reader-seen').getAttribute('data-seen'));
    if (!screenshot) {
      // The official form makes this record three pages or more, so there is a middle page to pass over.
      expect(pageCount).toBeGreaterThan(2);
      for (let i = 0; i < 3; i++) await reader.getByTestId('reader-zoom-in').click();
      await phone.evaluate(() => window.scrollTo(0, 0));
      await signing.getByTestId('signing-reader-end').scrollIntoViewIfNeeded();
      await phone.waitForTimeout(300);
      expect(await seen()).toBeLessThan(pageCount);
      await expect(signing.getByTestId('signing-submit').isDisabled()).resolves.toBe(true);
    }
    for (let i = 0; i < pageCount; i++) await frames.nth(i).scrollIntoViewIfNeeded();
    await signing.getByTestId('signing-reader-end').scrollIntoViewIfNeeded();
    await signing.locator('[data-testid="signing-submit"][data-read="true"]').waitFor();
    expect(await seen()).toBe(pageCount);
    await draw(phone, signing.getByTestId('signature-pad'));
    await signing.getByTestId('signing-submit').click();
    await phone.locator('[data-testid="signing"][data-step="signed"]').waitFor();
  };

  /** At 390 px: the page fits the phone, pinch-zoom is allowed, and the zoom control widens a page inside its frame. */
  const checkReadable = async (phone: Page, reader: Locator) => {
    const viewport = await phone.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0*)?\b/);
    const page = reader.locator('img').first();
    const frame = reader.getByTestId('reader-frame').first();
    const fitted = await page.boundingBox();
    expect(fitted?.width).toBeGreaterThan(300);
    expect((fitted?.x ?? 0) + (fitted?.width ?? 1000)).toBeLessThanOrEqual(390);
    const pageScroll = () => phone.evaluate(() => document.documentElement.scrollWidth);
    expect(await pageScroll()).toBeLessThanOrEqual(390);

    // By keyboard: the zoom-in button, twice, is 200 %, said in the live output.
    await reader.getByTestId('reader-zoom-in').focus();
    await phone.keyboard.press('Enter');
    await phone.keyboard.press('Enter');
    await expect(reader.getByTestId('reader-zoom-level').locator('.sr-only').textContent()).resolves.toBe('Perbesaran 200%');
    const zoomed = await page.boundingBox();
    const frameBox = await frame.boundingBox();
    expect(zoomed?.width).toBeCloseTo(2 * (frameBox?.width ?? 0), -1);
    // The page scrolls sideways inside its frame, by arrow keys once focused; the screen itself does not.
    expect(await frame.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    expect(await pageScroll()).toBeLessThanOrEqual(390);
    await expect(frame.getAttribute('tabindex')).resolves.toBe('0');
    await expect(frame.getAttribute('aria-label')).resolves.toMatch(/^Halaman 1 dari \d+/);
    await frame.focus();
    await phone.keyboard.press('ArrowRight');
    await phone.keyboard.press('ArrowRight');
    // Keyboard scrolling is animated: wait for it to move.
    await frame.evaluate(
      (element) =>
        new Promise<void>((done) => {
          const started = Date.now();
          const check = () => (element.scrollLeft > 0 || Date.now() - started > 3000 ? done() : requestAnimationFrame(check));
          check();
        }),
    );
    expect(await frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    accessibility['phone reading, zoomed'] = await axeViolations(phone);

    await reader.getByTestId('reader-zoom-out').click();
    await reader.getByTestId('reader-zoom-out').click();
    await expect(reader.getByTestId('reader-zoom-level').locator('.sr-only').textContent()).resolves.toBe('Perbesaran 100%');
    await expect(reader.getByTestId('reader-zoom-out').isDisabled()).resolves.toBe(true);
  };

  it('phones, console and PDF agree on who signed what, across a regeneration, and the organiser finalises once all have signed', async () => {
    for (const name of ['Siti Aisyah', 'Budi Santoso']) {
      const value = await organiser.locator('[data-testid="representative-attendee"] option', { hasText: name }).getAttribute('value');
      await organiser.getByTestId('representative-attendee').selectOption(value as string);
      await organiser.getByTestId('representative-side').selectOption('public');
      await organiser.getByTestId('representative-role').fill('Perwakilan pengguna layanan');
      await organiser.getByTestId('representative-add').click();
      await organiser.getByTestId('representative').filter({ hasText: name }).waitFor();
    }
    const member = await organiser.locator('[data-testid="staff-signatory-member"] option', { hasText: 'Sri Wahyuni' }).getAttribute('value');
    await organiser.getByTestId('staff-signatory-member').selectOption(member as string);
    await organiser.getByTestId('staff-signatory-assign').click();
    await organiser.getByTestId('staff-signatory').filter({ hasText: HEAD }).waitFor();

    const v1 = await generate(1);
    expect(v1.missingSignatures).toHaveLength(3);
    await signOnPhone('Siti Aisyah', 1, join(screenshots, 'phone-signing.png'));
    // The head of unit signs from the console, after opening the version.
    const popup = head.waitForEvent('popup');
    await head.getByTestId('staff-signing-read').click();
    await (await popup).close();
    await draw(head, head.getByTestId('staff-signature-pad'));
    await head.getByTestId('staff-signing-submit').click();
    await head.locator('[data-testid="staff-signing"][data-signed="true"]').waitFor();
    accessibility['console signing'] = await axeViolations(head);
    // Signed after v1 was made: the console says so, and v1's PDF shows none.
    await waitState('Siti Aisyah', 'pending');
    await waitState(HEAD, 'pending');
    await waitState('Budi Santoso', 'none');
    expect((await signaturesInPdf(v1.id)).count).toBe(0);
    // Finalising is refused until everyone has signed.
    const refused = await organiserContext.request.post(server.url + apiPaths.finaliseDocument(forum.id, v1.id));
    expect(refused.status()).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'INVALID_STATE' });

    // Same content, regenerated: v2 embeds both signatures; the phones agree (Siti done, Budi asked for v2).
    const v2 = await generate(2);
    expect(v2.contentFingerprint).toBe(v1.contentFingerprint);
    expect((await signaturesInPdf(v2.id)).count).toBe(2);
    await waitState('Siti Aisyah', 'current');
    await waitState(HEAD, 'current');
    await phones['Siti Aisyah'].locator('[data-testid="signing"][data-step="signed"]').waitFor();
    await signOnPhone('Budi Santoso', 2);
    await waitState('Budi Santoso', 'pending');

    // Everyone has signed v2's content: the final version is numbered and shows all three.
    await organiser.locator('[data-testid="document-version"][data-status="ready"]').first().getByTestId('document-finalise').click();
    await organiser.locator('[data-testid="document-version"][data-status="ready"]').nth(2).waitFor({ timeout: 60_000 });
    const [final] = await versions();
    expect(final).toMatchObject({ final: true, missingSignatures: [] });
    const pdf = await signaturesInPdf(final.id);
    expect(pdf.count).toBe(3);
    expect(pdf.text).toContain(final.documentNumber as string);
    expect(pdf.text).toContain(HEAD);
    for (const name of ['Siti Aisyah', 'Budi Santoso', HEAD]) await waitState(name, 'current');
    for (const phone of Object.values(phones)) await phone.locator('[data-testid="signing"][data-step="signed"]').waitFor();

    // The FKP report, from the same tab: generated in the background, it names the final version and downloads.
    await organiser.getByTestId('report-generate-id').click();
    const report = organiser.locator('[data-testid="fkp-report"][data-status="ready"]');
    await report.waitFor({ timeout: 60_000 });
    await expect(report.getByTestId('report-berita-acara').innerText()).resolves.toContain(final.documentNumber as string);
    const reportPdf = await organiserContext.request.get(server.url + ((await report.getByTestId('report-download-pdf').getAttribute('href')) as string));
    expect(reportPdf.status()).toBe(200);
    const reportText = execFileSync('pdftotext', ['-', '-'], { input: await reportPdf.body(), encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(reportText).toContain('LAPORAN PELAKSANAAN FORUM KONSULTASI PUBLIK');
    expect(reportText).toContain(final.sha256.pdf as string);
    accessibility['console FKP report'] = await axeViolations(organiser);

    expect(accessibility).toEqual(Object.fromEntries(Object.keys(accessibility).map((page) => [page, []])));
  });
});
