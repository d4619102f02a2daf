import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webPaths } from '@mufakat/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { startEmbeddedServer, type EmbeddedServer } from './support/embedded-server';
import { createPublishedForum, signupStaff } from './support/factories';

type ViolationLog = Window & { cspViolations: string[] };

/** The policy is only right if the apps never trip it: a blocked style or image breaks no test by itself. */
describe('the web apps under their Content-Security-Policy', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-csp-'));
  let server: EmbeddedServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startEmbeddedServer(dataDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const recordingContext = async (): Promise<BrowserContext> => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const log = window as unknown as ViolationLog;
      log.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => log.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    return context;
  };
  const violations = (page: Page) => page.evaluate(() => (window as unknown as ViolationLog).cspViolations);

  it('serve the console, the projector and the phone without a single violation', async () => {
    const organiser = await signupStaff(server.url, 'csp-organiser');
    const forum = await createPublishedForum(server.url, organiser.cookie);
    const [name, value] = organiser.cookie.split('=');
    const staffContext = await recordingContext();
    await staffContext.addCookies([{ name, value, url: server.url }]);
    const phoneContext = await recordingContext();

    const consolePage = await staffContext.newPage();
    await consolePage.goto(`${server.url}${webPaths.console}forums/${forum.id}`);
    await consolePage.getByTestId('join-qr').waitFor();
    await expect(consolePage.getByTestId('join-qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true);

    const projector = await staffContext.newPage();
    await projector.goto(server.url + webPaths.projector(forum.id, new URL(forum.projectorUrl, server.url).searchParams.get('key') as string));
    await projector.getByTestId('projector-qr').waitFor();

    const phone = await phoneContext.newPage();
    await phone.goto(server.url + webPaths.join(forum.joinCode as string));
    await phone.getByTestId('register-name').fill('Siti Aminah');
    await phone.getByTestId('register-institution').fill('Warga Kelurahan Sukamaju');
    await phone.getByTestId('register-category').selectOption('service_user');
    await phone.getByTestId('register-mode-room').check();
    await phone.getByTestId('register-submit').click();
    // The question form appears once the live snapshot has arrived over the socket (connect-src).
    await phone.getByTestId('ask-text').waitFor();

    const found = { console: await violations(consolePage), projector: await violations(projector), phone: await violations(phone) };
    expect(found).toEqual({ console: [], projector: [], phone: [] });
    await staffContext.close();
    await phoneContext.close();
  });

  it('sends the policy with the pages, and a relaxed one only with the API documentation', async () => {
    const app = await fetch(server.url + webPaths.console);
    expect(app.headers.get('content-security-policy')).toContain("style-src 'self';");
    const context = await recordingContext();
    const docs = await context.newPage();
    await docs.goto(`${server.url}/api/docs`);
    await docs.locator('.swagger-ui .info').waitFor();
    expect(await violations(docs)).toEqual([]);
    await context.close();
  });
});
