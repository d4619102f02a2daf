import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { apiPaths, webPaths, type ApiErrorBody } from '@mufakat/contracts';
import type { Browser, BrowserContext, Locator, Page, Route } from 'playwright-core';
import { axeViolations, launchChromium } from './support/browser';
import { startEmbeddedServer, type EmbeddedServer } from './support/embedded-server';
import { EVIDENCE_PNG_ID, ORGANISATION, evidencePng, followUpFixtures } from './support/public-follow-up';

const outputDir = resolve(__dirname, '../../../test-output');
/** The README's screenshots are refreshed only on request: `UPDATE_SCREENSHOTS=1`. */
const screenshotDir = process.env.UPDATE_SCREENSHOTS ? resolve(__dirname, '../../../docs/screenshots') : outputDir;

type ViolationLog = Window & { cspViolations: string[] };
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/**
 * A rendering spec: the public follow-up pages as the built attendee app renders them, served by the product (its CSP
 * included), with `/api/public/*` answered from contract-typed fixtures (three forums of two units, IKM surveys, an
 * action done late, one dropped, one overdue, a PNG photo and a PDF as evidence). It stays on fixtures because they
 * reach states a cheap real seed does not (the IKM chart and grades, sorting over distinct figures, a server error for
 * "try again") and because it makes the README's screenshots from stable data. What the real server serves — an item
 * public once issued, an update with evidence, overdue by the clock, the sums, not-found, the open-data links, the
 * version page's link — is tested against it in follow-up-public.e2e-spec.ts.
 */
describe('the public follow-up pages in Chromium (fixture data, built app)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-public-pages-'));
  const data = followUpFixtures();
  const [capil, health] = Object.values(data.units);
  const [ktp, kk] = Object.values(data.forums);
  let server: EmbeddedServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  /** Every public JSON document and file the pages may ask for, by its contract path. */
  const answers = new Map<string, { body: Buffer | string; type: string }>([
    [apiPaths.publicOrganisations, { body: JSON.stringify(data.organisations), type: 'application/json' }],
    [apiPaths.publicOrganisation(ORGANISATION.id), { body: JSON.stringify(data.organisation), type: 'application/json' }],
    ...Object.values(data.units).map((view) => [apiPaths.publicUnit(view.unit.id), { body: JSON.stringify(view), type: 'application/json' }] as const),
    ...Object.values(data.forums).map((view) => [apiPaths.publicForum(view.forum.id), { body: JSON.stringify(view), type: 'application/json' }] as const),
    [apiPaths.publicEvidence(EVIDENCE_PNG_ID), { body: evidencePng(), type: 'image/png' }],
  ]);
  const requested: string[] = [];

  /** A forum whose first answer is a server error: the page says so and offers to try again. */
  const FLAKY = apiPaths.publicForum('forum-flaky');

  async function answer(route: Route): Promise<void> {
    const path = new URL(route.request().url()).pathname;
    requested.push(path);
    if (path === FLAKY) {
      const first = requested.filter((p) => p === FLAKY).length === 1;
      return route.fulfill({ status: first ? 503 : 200, contentType: 'application/json', body: first ? '{}' : JSON.stringify(ktp) });
    }
    const found = answers.get(path);
    if (found) return route.fulfill({ status: 200, contentType: found.type, body: found.body });
    const notFound: ApiErrorBody = { statusCode: 404, code: 'NOT_FOUND', message: 'Not public or not found' };
    return route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify(notFound) });
  }

  async function open(viewport: { width: number; height: number }, path: string): Promise<Page> {
    const phone = viewport.width < 500;
    const context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone });
    contexts.push(context);
    await context.addInitScript(() => {
      const log = window as unknown as ViolationLog;
      log.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => log.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await context.route('**/api/public/**', answer);
    const page = await context.newPage();
    await page.goto(server.url + path);
    return page;
  }

  /** Fits the width (nothing scrolls sideways but a table's own region), passes axe, trips no CSP rule. */
  async function expectSound(page: Page): Promise<void> {
    // Against the viewport's width, not innerWidth: a phone zooms out to whatever overflows it.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
    // Nor does a table stick out of the page's column, outside a region of its own that scrolls.
    const overflowing = await page.evaluate(() =>
      Array.from(document.querySelectorAll('main table'))
        .filter(
          (table) =>
            !table.closest('.scroll') && table.getBoundingClientRect().right > (document.querySelector('main') as HTMLElement).getBoundingClientRect().right,
        )
        .map((table) => table.getAttribute('data-testid') ?? table.className),
    );
    expect(overflowing).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as ViolationLog).cspViolations)).toEqual([]);
  }

  async function toEnglish(page: Page, heading: string): Promise<void> {
    await page.getByTestId('lang-en').click();
    await page.getByRole('heading', { name: heading, exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  }

  const texts = (locator: Locator) => locator.allInnerTexts();
  const unitOrder = (page: Page) => page.getByTestId('unit-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-unit')));

  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    server = await startEmbeddedServer(dataDir);
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists the organisations, then sets every unit side by side, sortable by each column, in both languages', async () => {
    const page = await open(PHONE, webPaths.publicOrganisations);
    await page.getByRole('heading', { level: 1, name: 'Tindak lanjut forum konsultasi publik' }).waitFor();
    expect(await texts(page.getByTestId('organisation'))).toEqual([expect.stringContaining(ORGANISATION.name)]);
    await expectSound(page);

    await page.getByRole('link', { name: ORGANISATION.name }).click();
    await page.getByRole('heading', { level: 1, name: ORGANISATION.name }).waitFor();
    expect(page.url()).toBe(server.url + webPaths.publicOrganisation(ORGANISATION.id));
    expect(await page.getByTestId('count-total').innerText()).toBe('6');
    expect(await page.getByTestId('count-overdue').innerText()).toBe('1');
    expect(await page.getByTestId('count-done').innerText()).toBe('2');

    // Names A→Z to start with: "Dinas Kependudukan…" before "Dinas Kesehatan".
    expect(await unitOrder(page)).toEqual([capil.unit.id, health.unit.id]);
    const capilRow = page.locator(`[data-unit="${capil.unit.id}"]`);
    expect((await capilRow.locator('td').allInnerTexts()).map((cell) => cell.replace(/\s+/g, ' ').trim())).toEqual([
      '2',
      '1 dari 4',
      '1',
      '50%',
      '93,06 A (Sangat Baik)',
    ]);
    const header = (key: string) => page.locator('th', { has: page.getByTestId(`sort-${key}`) });
    expect(await header('name').getAttribute('aria-sort')).toBe('ascending');

    await page.getByTestId('sort-name').click();
    expect(await header('name').getAttribute('aria-sort')).toBe('descending');
    expect(await unitOrder(page)).toEqual([health.unit.id, capil.unit.id]);

    await page.getByTestId('sort-overdue').click();
    expect(await header('overdue').getAttribute('aria-sort')).toBe('descending');
    expect(await header('name').getAttribute('aria-sort')).toBeNull();
    expect(await unitOrder(page)).toEqual([capil.unit.id, health.unit.id]);
    await page.getByTestId('sort-overdue').click();
    expect(await header('overdue').getAttribute('aria-sort')).toBe('ascending');
    expect(await unitOrder(page)).toEqual([health.unit.id, capil.unit.id]);

    await page.getByTestId('sort-onTimeShare').click();
    expect(await unitOrder(page)).toEqual([capil.unit.id, health.unit.id]);
    await page.getByTestId('sort-latestIkm').click();
    expect(await header('latestIkm').getAttribute('aria-sort')).toBe('descending');
    expect(await unitOrder(page)).toEqual([capil.unit.id, health.unit.id]);
    await page.getByTestId('sort-forums').click();
    await page.getByTestId('sort-forums').click();
    expect(await unitOrder(page)).toEqual([health.unit.id, capil.unit.id]);

    expect(await page.getByTestId('open-json').getAttribute('href')).toBe(apiPaths.publicOrganisation(ORGANISATION.id));
    expect(await page.getByTestId('open-csv').getAttribute('href')).toBe(apiPaths.publicOrganisationCsv(ORGANISATION.id));
    // The table may scroll inside its region on a phone; the page itself must not.
    await expectSound(page);

    await toEnglish(page, 'Service units side by side');
    expect(await capilRow.locator('td').nth(1).innerText()).toBe('1 of 4');
    expect(await header('forums').getAttribute('aria-sort')).toBe('ascending');
    await expectSound(page);
  });

  it("shows a unit's forums over time with an IKM chart and its table, the share done on time and what is overdue", async () => {
    const page = await open(PHONE, webPaths.publicUnit(capil.unit.id));
    await page.getByRole('heading', { level: 1, name: capil.unit.name }).waitFor();
    const bars = page.getByTestId('ikm-bar');
    expect(await bars.evaluateAll((all) => all.map((bar) => bar.getAttribute('data-value')))).toEqual(['80.56', '93.06']);
    // The taller bar is the higher IKM.
    const heights = await page.locator('.chart__bar').evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute('height'))));
    expect(heights[1]).toBeGreaterThan(heights[0]);
    expect(await page.getByRole('img', { name: 'IKM per forum' }).count()).toBe(1);

    const rows = page.getByTestId('unit-forums').locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toContain('80,56');
    expect(await rows.nth(0).innerText()).toContain('10 Maret 2026');
    expect(await rows.nth(1).innerText()).toContain('93,06');
    expect(await page.getByTestId('on-time-share').innerText()).toBe('50%');
    expect(await page.getByTestId('count-total').innerText()).toBe('4');
    expect(await page.getByTestId('count-overdue').innerText()).toBe('1');

    const overdue = page.getByTestId('unit-overdue').locator('li');
    expect(await overdue.count()).toBe(1);
    expect(await overdue.innerText()).toContain('Pemutakhiran data KIS PBI bersama pemerintah desa');
    expect(await overdue.innerText()).toContain('Terlambat');
    expect(await overdue.innerText()).toContain('1 Oktober 2026');
    expect(await overdue.getByRole('link').getAttribute('href')).toBe(webPaths.publicForum(kk.forum.id));
    expect(await page.getByTestId('open-csv').getAttribute('href')).toBe(apiPaths.publicUnitCsv(capil.unit.id));
    await expectSound(page);

    await toEnglish(page, 'Forums over time');
    expect(await rows.nth(0).innerText()).toContain('10 March 2026');
    expect(await rows.nth(0).innerText()).toContain('80.56');
    expect(await overdue.innerText()).toContain('Overdue');
    await expectSound(page);

    // The other unit: an action done late and one dropped give 0% on time and nothing overdue.
    await page.getByRole('link', { name: ORGANISATION.name }).first().click();
    await page.getByRole('link', { name: health.unit.name }).click();
    await page.getByRole('heading', { level: 1, name: health.unit.name }).waitFor();
    expect(await page.getByTestId('on-time-share').innerText()).toBe('0%');
    await page.getByText('No action is overdue.').waitFor();
    await expectSound(page);
  });

  it("shows a forum's items, their actions with progress, deadline, history and evidence, its Berita Acara and IKM", async () => {
    const page = await open(PHONE, webPaths.publicForum(ktp.forum.id));
    await page.getByRole('heading', { level: 1, name: ktp.forum.title }).waitFor();
    expect(await page.getByTestId('forum-unit-link').getAttribute('href')).toBe(webPaths.publicUnit(capil.unit.id));
    // 02:00 UTC is 09:00 in Jakarta, where the forum was held.
    expect(await page.getByTestId('forum-held').innerText()).toMatch(/^10 Maret 2026.*09[.:]00$/);

    const done = page.getByTestId('action-act-publish');
    expect(await done.getByTestId('action-status').innerText()).toBe('Selesai');
    expect(await done.locator('[data-timeliness]').innerText()).toContain('Selesai tepat waktu');
    expect(await done.getByTestId('action-deadline').innerText()).toBe('10 Juni 2026 (jangka waktu 3 bulan)');
    expect(await done.getByRole('progressbar', { name: 'Kemajuan' }).getAttribute('value')).toBe('100');
    expect(await page.getByRole('progressbar', { name: 'Kemajuan' }).count()).toBe(2);
    const history = done.locator('.history > li');
    expect(await history.count()).toBe(2);
    expect(await history.nth(0).innerText()).toContain('Papan alur terpasang di ruang tunggu');
    expect(await history.nth(0).innerText()).toContain('20 Mei 2026');

    const photo = done.getByRole('img', { name: 'Foto bukti: papan-alur.png' });
    await expect(photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).resolves.toBe(96);
    expect(await photo.getAttribute('src')).toBe(apiPaths.publicEvidence(EVIDENCE_PNG_ID));
    expect(await done.getByTestId('evidence-ev-report').innerText()).toBe('laporan-pemasangan.pdf (240 KB)');

    const record = ktp.beritaAcara as NonNullable<typeof ktp.beritaAcara>;
    expect(await page.getByTestId('record-number').innerText()).toBe(record.documentNumber);
    expect(await page.getByTestId('record-hash-pdf').innerText()).toBe(record.sha256.pdf);
    expect(await page.getByTestId('record-download-pdf').getAttribute('href')).toBe(apiPaths.publicVersionFile(record.code, 'pdf'));
    expect(await page.getByTestId('record-download-docx').getAttribute('href')).toBe(apiPaths.publicVersionFile(record.code, 'docx'));
    expect(await page.getByTestId('record-verify').getAttribute('href')).toBe(webPaths.publicVersion(record.code));
    expect(await page.getByTestId('ikm-value').innerText()).toBe('80,56');
    expect(await page.getByTestId('ikm-grade').innerText()).toBe('B (Baik)');

    expect(await page.getByTestId('open-json').getAttribute('href')).toBe(apiPaths.publicForum(ktp.forum.id));
    expect(await page.getByTestId('open-csv').getAttribute('href')).toBe(apiPaths.publicForumCsv(ktp.forum.id));
    expect(await page.getByTestId('open-atom').getAttribute('href')).toBe(apiPaths.publicForumFeed(ktp.forum.id));
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(apiPaths.publicForumFeed(ktp.forum.id));
    await expectSound(page);

    await toEnglish(page, 'Agreed items and their follow-up');
    expect(await done.getByTestId('action-deadline').innerText()).toBe('10 June 2026 (time frame 3 bulan)');
    expect(await page.getByTestId('ikm-grade').innerText()).toBe('B (Good)');
    await done.getByRole('img', { name: 'Evidence photo: papan-alur.png' }).waitFor();
    await expectSound(page);

    // The forum with the overdue action, reached through its unit's page.
    await page.getByTestId('forum-unit-link').click();
    await page.getByRole('link', { name: kk.forum.title }).first().click();
    await page.getByRole('heading', { level: 1, name: kk.forum.title }).waitFor();
    expect(await page.locator('head link[rel="alternate"]').count()).toBe(1);
    const late = page.getByTestId('action-act-kis');
    const badge = late.locator('[data-timeliness="overdue"]');
    // Said in words, with a sign; the colour only repeats it.
    expect(await badge.innerText()).toContain('Overdue');
    expect(await badge.locator('.pill__sign').innerText()).toBe('!');
    expect(await late.getByRole('progressbar', { name: 'Progress' }).getAttribute('value')).toBe('60');
    expect(await page.getByTestId('count-overdue').innerText()).toBe('1');
    expect(await page.getByTestId('action-act-queue').locator('[data-timeliness]').innerText()).toContain('Due soon');
    await expectSound(page);
  });

  it('says when a page could not be loaded, and loads it when asked to try again', async () => {
    const page = await open(PHONE, webPaths.publicForum('forum-flaky'));
    await page.getByTestId('follow-up-failed').waitFor();
    await expectSound(page);
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await page.getByRole('heading', { level: 1, name: ktp.forum.title }).waitFor();
    expect(requested.filter((path) => path === FLAKY)).toHaveLength(2);
  });

  it('keeps screenshots of the four pages on a phone and a desktop', async () => {
    const pages: Array<[string, string, string]> = [
      ['organisations', webPaths.publicOrganisations, 'public-organisations'],
      ['organisation', webPaths.publicOrganisation(ORGANISATION.id), 'public-organisation'],
      ['unit', webPaths.publicUnit(capil.unit.id), 'public-unit'],
      ['forum', webPaths.publicForum(ktp.forum.id), 'public-forum'],
    ];
    for (const viewport of [PHONE, DESKTOP]) {
      for (const [name, path, testId] of pages) {
        const page = await open(viewport, path);
        await page.getByTestId(testId).waitFor();
        await expectSound(page);
        await page.screenshot({ path: join(screenshotDir, `public-${name}-${viewport.width}.png`), fullPage: true });
      }
    }
  });
});
