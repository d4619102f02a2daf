import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiPaths, type ForumDetail } from '@mufakat/contracts';
import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { forumRequest } from './support/factories';
import { axeViolations, launchChromium } from './support/browser';
import { startEmbeddedServer, type EmbeddedServer } from './support/embedded-server';

const ORGANISER = { email: 'organiser@akun.test', password: 'kopi tubruk pagi hari', name: 'Rina Organiser' };
const MODERATOR = { email: 'moderator@akun.test', password: 'teh manis sore hari', name: 'Budi Moderator' };

/**
 * A page on another port of the same host: the same site for the browser's SameSite rules (so the staff cookie goes
 * along), another origin. It tries what the report found working: a body-less form post, a credentialed fetch,
 * and a staff socket.
 */
function attackerPage(apiUrl: string, draftId: string, forumId: string): string {
  const api = JSON.stringify(apiUrl);
  return `<!doctype html><html lang="en"><head><title>Not Mufakat</title></head><body>
<form id="forged" method="POST" action=${JSON.stringify(apiUrl + apiPaths.publishForum(draftId))} target="sink"></form>
<iframe name="sink" title="sink"></iframe>
<script>
window.results = { fetch: null, socket: [] };
fetch(${api} + ${JSON.stringify(apiPaths.publishForum(draftId))}, { method: 'POST', credentials: 'include', mode: 'no-cors' })
  .then(() => { window.results.fetch = 'sent'; }, () => { window.results.fetch = 'failed'; });
fetch(${api} + ${JSON.stringify(apiPaths.publishForum(draftId))}, { method: 'POST', credentials: 'include', headers: { 'x-mufakat-csrf': '1' } })
  .then((r) => { window.results.preflighted = r.status; }, () => { window.results.preflighted = 'blocked'; });
document.getElementById('forged').submit();
const ws = new WebSocket(${api}.replace('http', 'ws') + '/socket.io/?EIO=4&transport=websocket');
ws.onmessage = (event) => {
  window.results.socket.push(event.data);
  if (String(event.data).startsWith('0')) ws.send('40' + JSON.stringify({ forumId: ${JSON.stringify(forumId)} }));
};
</script></body></html>`;
}

describe('staff accounts in a real browser: another origin, removing a member, changing the password, logging out', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-account-'));
  let server: EmbeddedServer;
  let attacker: Server | null = null;
  let browser: Browser;
  let organiserContext: BrowserContext;
  let moderatorContext: BrowserContext;
  let draft: ForumDetail;
  let forum: ForumDetail;
  const accessibility: Record<string, string[]> = {};

  beforeAll(async () => {
    server = await startEmbeddedServer(dataDir);
    browser = await launchChromium();
    organiserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    moderatorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    expect((await organiserContext.request.post(server.url + apiPaths.signup, { data: ORGANISER })).status()).toBe(201);
    expect((await moderatorContext.request.post(server.url + apiPaths.signup, { data: MODERATOR })).status()).toBe(201);
    draft = (await (await organiserContext.request.post(server.url + apiPaths.forums, { data: forumRequest({ title: 'FKP Draf' }) })).json()) as ForumDetail;
    const created = (await (
      await organiserContext.request.post(server.url + apiPaths.forums, { data: forumRequest({ title: 'FKP Akun' }) })
    ).json()) as ForumDetail;
    forum = (await (await organiserContext.request.post(server.url + apiPaths.publishForum(created.id))).json()) as ForumDetail;
    const invited = await organiserContext.request.post(server.url + apiPaths.forumMembers(forum.id), { data: { email: MODERATOR.email, role: 'moderator' } });
    expect(invited.status()).toBe(201);
  });

  afterAll(async () => {
    await new Promise((done) => (attacker ? attacker.close(done) : done(undefined)));
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a page on another port cannot publish a draft nor open a staff socket with the organiser’s cookie', async () => {
    const html = attackerPage(server.url, draft.id, forum.id);
    attacker = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
    await new Promise<void>((done) => attacker?.listen(0, '127.0.0.1', done));
    const port = (attacker.address() as AddressInfo).port;
    const page = await organiserContext.newPage();
    await page.goto(`http://localhost:${port}/`);
    await page.waitForFunction(
      () => {
        const results = (window as unknown as { results: { fetch: unknown; preflighted?: unknown; socket: string[] } }).results;
        return results.fetch !== null && results.preflighted !== undefined && results.socket.some((message) => message.startsWith('44'));
      },
      undefined,
      { timeout: 15_000 },
    );
    const results = (await page.evaluate(() => (window as unknown as { results: unknown }).results)) as { preflighted: unknown; socket: string[] };
    // The socket's connect packet was answered with an error (44), never with a session (40).
    const refusal = results.socket.find((message) => message.startsWith('44')) as string;
    expect(JSON.parse(refusal.slice(2))).toMatchObject({ data: { code: 'FORBIDDEN' } });
    expect(results.socket.some((message) => message.startsWith('40'))).toBe(false);
    expect(results.preflighted).toBe('blocked');
    await page.close();
    const after = (await (await organiserContext.request.get(server.url + apiPaths.forum(draft.id))).json()) as ForumDetail;
    expect(after.status).toBe('draft');
  });

  it('the organiser removes a member from the forum page; the member’s open console is cut off', async () => {
    const moderator = await moderatorContext.newPage();
    await moderator.goto(`${server.url}/console/forums/${forum.id}/live`);
    await moderator.getByTestId('connection-state').and(moderator.locator('[data-state="live"]')).waitFor();

    const organiser = await organiserContext.newPage();
    await organiser.goto(`${server.url}/console/forums/${forum.id}`);
    const member = organiser.getByTestId('member').filter({ hasText: MODERATOR.name });
    await member.getByTestId('member-remove').click();
    await expectFocused(member.getByTestId('member-remove-confirm'));
    accessibility['forum page, confirming a removal'] = await axeViolations(organiser);
    await member.getByTestId('member-remove-cancel').click();
    await expectFocused(member.getByTestId('member-remove'));
    await member.getByTestId('member-remove').click();
    await member.getByTestId('member-remove-confirm').click();
    await organiser.getByTestId('member').filter({ hasText: MODERATOR.name }).waitFor({ state: 'detached' });
    await expect(organiser.getByRole('status').filter({ hasText: MODERATOR.name }).innerText()).resolves.toContain('dikeluarkan');
    accessibility['forum page after a removal'] = await axeViolations(organiser);

    await moderator.getByTestId('connection-state').and(moderator.locator('[data-state="rejected"]')).waitFor({ timeout: 15_000 });
    expect((await moderatorContext.request.get(server.url + apiPaths.forum(forum.id))).status()).toBe(404);
  });

  it('changing the password (a common one refused) ends the organiser’s other sessions; logging out ends this one', async () => {
    const elsewhere = await browser.newContext();
    expect((await elsewhere.request.post(server.url + apiPaths.login, { data: { email: ORGANISER.email, password: ORGANISER.password } })).status()).toBe(200);
    expect((await elsewhere.request.get(server.url + apiPaths.me)).status()).toBe(200);

    const page = await organiserContext.newPage();
    await page.goto(`${server.url}/console/`);
    await page.getByTestId('account-link').click();
    await page.getByTestId('change-password-form').waitFor();
    accessibility['account page'] = await axeViolations(page);
    await page.getByTestId('current-password').fill(ORGANISER.password);
    await page.getByTestId('new-password').fill('Bismillah2026!');
    await page.getByTestId('confirm-password').fill('Bismillah2026!');
    await page.getByTestId('change-password-submit').click();
    await expect(page.getByText('Kata sandi ini terlalu umum').innerText()).resolves.toContain('terlalu umum');
    accessibility['account page, password refused'] = await axeViolations(page);

    await page.getByTestId('new-password').fill('sambal terasi tiga sendok');
    await page.getByTestId('confirm-password').fill('sambal terasi tiga sendok');
    await page.getByTestId('change-password-submit').click();
    await page.getByTestId('change-password-done').filter({ hasText: 'Kata sandi diganti' }).waitFor();
    expect((await elsewhere.request.get(server.url + apiPaths.me)).status()).toBe(401);
    expect((await organiserContext.request.get(server.url + apiPaths.me)).status()).toBe(200);
    await elsewhere.close();

    const [cookie] = await organiserContext.cookies(server.url);
    await page.getByTestId('logout').click();
    await page.getByTestId('login-email').waitFor();
    const stale = await fetch(server.url + apiPaths.me, { headers: { cookie: `${cookie.name}=${cookie.value}` } });
    expect(stale.status).toBe(401);
  });

  it('has no accessibility violations on the new views', () => {
    expect(accessibility).toEqual(Object.fromEntries(Object.keys(accessibility).map((name) => [name, []])));
    expect(Object.keys(accessibility).length).toBe(4);
  });
});

async function expectFocused(locator: Locator): Promise<void> {
  await expect(locator.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
}
