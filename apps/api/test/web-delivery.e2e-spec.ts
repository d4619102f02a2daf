import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { startEmbeddedServer, type EmbeddedServer } from './support/embedded-server';
import { createPublishedForum, registerAttendee, signupStaff } from './support/factories';

interface Transfer {
  url: string;
  status: number;
  headers: Record<string, string>;
  /** Bytes on the wire (headers and compressed body), as DevTools counts them. */
  encodedBytes: number;
}

/**
 * Opens `url` in a fresh page and reads every response of the load through the DevTools protocol. Chromium asks
 * for brotli only over https (the hosted mode behind its TLS proxy); over the embedded mode's plain http it asks for
 * gzip. `acceptEncoding` makes the https request on http.
 */
async function load(browser: Browser, url: string, acceptEncoding?: string, storage: Record<string, string> = {}, ready = '#root > *'): Promise<Transfer[]> {
  const context = await browser.newContext();
  // What the phone kept from an earlier visit (a returning attendee's token), there before the app's first script.
  await context.addInitScript((entries: Record<string, string>) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, storage);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (acceptEncoding) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': acceptEncoding } });
  const responses = new Map<string, Omit<Transfer, 'encodedBytes'>>();
  const transfers: Transfer[] = [];
  cdp.on('Network.responseReceived', (event) => {
    const headers = Object.fromEntries(Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
    responses.set(event.requestId, { url: event.response.url, status: event.response.status, headers });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = responses.get(event.requestId);
    if (response) transfers.push({ ...response, encodedBytes: event.encodedDataLength });
  });
  const failed: string[] = [];
  cdp.on('Network.loadingFailed', (event) => failed.push(`${responses.get(event.requestId)?.url ?? event.requestId}: ${event.errorText}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  // Rendered, so the route's lazy chunks were asked for, and then every request answered.
  await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  await context.close();
  expect(failed).toEqual([]);
  return transfers;
}

/** The app's own files: what a phone downloads to show the page, not the api's answers or the live socket. */
const appFiles = (transfers: Transfer[]) => transfers.filter((t) => !/\/(api|socket\.io|health)\//.test(new URL(t.url).pathname));
const total = (transfers: Transfer[]) => transfers.reduce((sum, t) => sum + t.encodedBytes, 0);

describe('delivery of the web apps', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-web-'));
  let server: EmbeddedServer;
  let browser: Browser;
  let projectorUrl: string;
  let joinCode: string;
  /** A returning attendee's phone: the token its registration left in storage. */
  let returning: Record<string, string>;

  beforeAll(async () => {
    server = await startEmbeddedServer(dataDir);
    browser = await launchChromium();
    const staff = await signupStaff(server.url, 'delivery');
    const forum = await createPublishedForum(server.url, staff.cookie);
    projectorUrl = new URL(forum.projectorUrl, server.url).pathname + new URL(forum.projectorUrl, server.url).search;
    joinCode = forum.joinCode as string;
    const attendee = await registerAttendee(server.url, joinCode);
    returning = { [`mufakat.attendee.${attendee.forumId}`]: attendee.attendeeToken };
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Budgets in bytes on the wire, headers included, for brotli (https) and gzip (plain http) alike: the attendee
  // app's 50 KB whether the phone registers (the form) or comes back registered (the live forum), and the projector's
  // 150 KB. The same bound for both encodings: a phone on the embedded mode's plain http gets gzip.
  it.each([
    ['the attendee app (registration)', () => `/j/${joinCode}`, () => ({}), '[data-testid="register-name"]', 50 * 1024],
    ['the attendee app (registered, live forum)', () => `/j/${joinCode}`, () => returning, '#questions', 50 * 1024],
    ['the projector view', () => projectorUrl, () => ({}), '[data-testid="projector-join-code"]', 150 * 1024],
  ])('sends %s compressed, within its budget on the wire', async (_, path, storage, ready, budget) => {
    for (const encoding of ['br', 'gzip'] as const) {
      // Chrome offers brotli only to secure origins (https, and localhost, where this server runs): what it asks a
      // venue's plain-http address for is set for the gzip case. For brotli, its own order, gzip first.
      const accept = encoding === 'br' ? 'gzip, deflate, br, zstd' : 'gzip, deflate';
      const files = appFiles(await load(browser, server.url + path(), accept, storage(), ready));
      const assets = files.filter((t) => new URL(t.url).pathname.includes('/assets/'));
      expect(assets.length).toBeGreaterThan(0);
      for (const asset of assets) {
        expect(asset).toMatchObject({ status: 200, headers: expect.objectContaining({ 'cache-control': 'public, max-age=31536000, immutable' }) });
        expect(asset.headers['content-encoding']).toBe(encoding);
      }
      const page = files.find((t) => t.headers['content-type']?.startsWith('text/html'));
      expect(page?.headers['cache-control']).toBe('no-cache');
      console.log(`${path()} (${encoding}): ${files.length} files, ${total(files)} bytes on the wire, ${total(assets)} of them JS and CSS`);
      // The budget is the scripts and styles a phone downloads (the page itself is a few hundred bytes).
      expect(total(assets)).toBeLessThanOrEqual(budget);
    }
  });

  it.each([
    ['the projector', () => projectorUrl, 'projector-join-code', (page: Page) => page.title(), [/^Layar proyektor · /, /^Projector screen · /]],
    [
      'the attendee app',
      () => `/j/${joinCode}`,
      'register-name',
      (page: Page) => page.locator('label[for="register-name"]').innerText(),
      [/^Nama lengkap$/, /^Full name$/],
    ],
  ])(
    'fetches the English words of %s only once English is chosen, and paints in English from then on',
    async (_, path, ready, said, [inIndonesian, inEnglish]) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const english: string[] = [];
      page.on('request', (request) => {
        if (/\/assets\/en-[\w-]+\.js$/.test(new URL(request.url()).pathname)) english.push(request.url());
      });
      await page.goto(server.url + path());
      await page.getByTestId(ready).waitFor();
      await expect(said(page)).resolves.toMatch(inIndonesian);
      expect(english).toEqual([]);
      await page.getByTestId('lang-en').click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(english).toHaveLength(1);
      await expect(said(page)).resolves.toMatch(inEnglish);
      // The choice is kept: the next load waits for the English words rather than painting Indonesian first.
      await page.reload();
      await page.getByTestId(ready).waitFor();
      await expect(said(page)).resolves.toMatch(inEnglish);
      await context.close();
    },
  );

  it("words a refused registration by its reason, in the phone's language, from the reasons' words fetched on the way", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    // The server's refusal as the registration limit gives it (its reason and wait are the int specs' business). The
    // phone registers in its socket's handshake, so this plays the server's side of it: Engine.IO's open, then
    // Socket.IO's CONNECT_ERROR for the namespace's CONNECT.
    const handshakes: string[] = [];
    await page.routeWebSocket(/\/socket\.io\//, (socket) => {
      socket.send(`0${JSON.stringify({ sid: 'refused', upgrades: [], pingInterval: 25_000, pingTimeout: 20_000, maxPayload: 1_000_000 })}`);
      socket.onMessage((message) => {
        if (typeof message !== 'string' || !message.startsWith('40')) return;
        handshakes.push(message);
        const refusal = { code: 'RATE_LIMITED', reason: 'registrationLimitForum', message: 'At most 1200 registrations', retryAfterMs: 41_200 };
        socket.send(`44${JSON.stringify({ message: refusal.message, data: refusal })}`);
      });
    });
    await page.goto(`${server.url}/j/${joinCode}`);
    await page.getByTestId('register-name').waitFor();
    // Not in the first load: they come with the live forum, fetched once the attendee starts on the form.
    expect(fetched.filter((path) => /\/assets\/reasons\.id-/.test(path))).toEqual([]);
    await page.getByTestId('register-name').fill('Siti Aminah');
    await page.getByTestId('register-institution').fill('Warga RW 05');
    await page.getByTestId('register-category').selectOption('service_user');
    await page.getByTestId('register-mode-room').check();
    await page.getByTestId('register-submit').click();
    await expect(page.getByTestId('form-error').innerText()).resolves.toBe('Banyak peserta sedang mendaftar ke forum ini. Coba lagi dalam 42 detik.');
    expect(fetched.filter((path) => /\/assets\/reasons\.id-/.test(path))).toHaveLength(1);
    // One attempt, with the form's answers in it, and none after the refusal.
    expect(handshakes).toHaveLength(1);
    expect(JSON.parse(handshakes[0].slice(2))).toMatchObject({ joinCode, registration: { name: 'Siti Aminah', mode: 'room' } });
    // Said again in English when the phone switches, from English's own words.
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect(page.getByTestId('form-error').innerText()).resolves.toBe('Many people are registering for this forum right now. Try again in 42 seconds.');
    await context.close();
  });

  it('negotiates the encoding: brotli, gzip or none, and revalidates index.html', async () => {
    const html = await fetch(`${server.url}/console/`, { headers: { 'accept-encoding': 'identity' } });
    const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(await html.text())?.[1] as string;
    for (const [accept, expected] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const response = await fetch(server.url + script, { headers: { 'accept-encoding': accept } });
      expect(response.headers.get('content-encoding')).toBe(expected);
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
    }
    const etag = html.headers.get('etag') as string;
    expect((await fetch(`${server.url}/console/`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(`${server.url}/console/assets/missing-0000.js`)).status).toBe(404);
    // The projector's own page (no staff router in it); every other console route gets the staff app's.
    const entryOf = async (path: string) => /<script[^>]+src="\/console\/assets\/([a-z]+)-[^"]+\.js"/i.exec(await (await fetch(server.url + path)).text())?.[1];
    expect(await entryOf(projectorUrl)).toBe('projector');
    expect(await entryOf('/console/projector/x/')).toBe('projector');
    expect(await entryOf('/console/forums/x')).toBe('index');
    expect(await entryOf('/console/projector/x/y')).toBe('index');
  });
});
