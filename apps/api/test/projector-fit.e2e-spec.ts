import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LiveEvent, type ForumDetail } from '@mufakat/contracts';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from './support/browser';
import { startEmbeddedServer, type EmbeddedServer } from './support/embedded-server';
import { createPublishedForum, LiveTestClient, signupStaff } from './support/factories';

const SENTENCE =
  'Dinas Kependudukan dan Pencatatan Sipil membuka loket khusus bagi warga lanjut usia, penyandang disabilitas, dan ibu hamil setiap hari kerja mulai pukul 07.30, ';
/** Consensus texts as long as the room writes them, near the 1,000-character limit. */
const LONG = (n: number) => `${n}. ${SENTENCE.repeat(5)}dengan evaluasi bersama forum setiap tiga bulan.`;

describe('the projector fits long texts to the screen (1280×720, embedded mode)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-fit-'));
  let server: EmbeddedServer;
  let browser: Browser;
  let staff: LiveTestClient;
  let projector: Page;
  let forum: ForumDetail;

  beforeAll(async () => {
    server = await startEmbeddedServer(dataDir);
    browser = await launchChromium();
    const { cookie } = await signupStaff(server.url, 'organiser');
    forum = await createPublishedForum(server.url, cookie);
    staff = await LiveTestClient.connect(server.url, { forumId: forum.id }, cookie);
    projector = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await projector.goto(server.url + forum.projectorUrl);
    await projector.getByTestId('projector-mode').waitFor();
  });

  afterAll(async () => {
    staff?.close();
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('leaves the join slide when the first item starts', async () => {
    expect(await projector.getByTestId('projector-mode').getAttribute('data-mode')).toBe('join');
    expect(await staff.emit(LiveEvent.startAgendaItem, { agendaItemId: forum.agenda[0].id })).toMatchObject({ ok: true });
    await projector.locator('[data-testid="projector-mode"][data-mode="agenda"]').waitFor();
  });

  it('shows every word of long consensus texts, shrunk or paged, never cut', async () => {
    const texts = [LONG(1), LONG(2)];
    for (const text of texts) {
      const created = await staff.emit(LiveEvent.createConsensus, { text });
      if (!created.ok) throw new Error(JSON.stringify(created.error));
      expect(await staff.emit(LiveEvent.moveConsensus, { itemId: created.data.id, status: 'open' })).toMatchObject({ ok: true });
    }
    await projector.getByTestId('projector-consensus-open').nth(1).waitFor();
    await projector.waitForTimeout(500);

    const shown = await projector.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.projector-consensus__text'), (el) => {
        const style = getComputedStyle(el);
        return {
          text: el.textContent,
          textOverflow: style.textOverflow,
          lineClamp: style.getPropertyValue('-webkit-line-clamp'),
          clippedInside: el.scrollHeight > el.clientHeight + 1,
        };
      }),
    );
    expect(shown).toEqual(texts.map((text) => ({ text, textOverflow: 'clip', lineClamp: 'none', clippedInside: false })));

    const layout = await projector.evaluate(() => {
      const stage = document.querySelector<HTMLElement>('[data-testid="projector-mode"]') as HTMLElement;
      return {
        pages: Number(stage.dataset.pages),
        zoom: Number(stage.style.zoom || 1),
        stageBottom: stage.getBoundingClientRect().bottom,
        pageHeight: document.documentElement.scrollHeight,
        viewport: window.innerHeight,
      };
    });
    // Everything is on the screen: shrunk to fit, or held to it and paged through.
    expect(layout.stageBottom).toBeLessThanOrEqual(layout.viewport + 1);
    expect(layout.pageHeight).toBeLessThanOrEqual(layout.viewport + 1);
    expect(layout.zoom).toBeGreaterThanOrEqual(0.7);
    if (layout.pages > 1) {
      await projector.getByTestId('projector-pages').waitFor();
      // The next page comes up by itself.
      const before = await projector.evaluate(() => (document.querySelector('[data-testid="projector-mode"]') as HTMLElement).scrollTop);
      await projector.waitForFunction((start) => (document.querySelector('[data-testid="projector-mode"]') as HTMLElement).scrollTop !== start, before, {
        timeout: 12_000,
      });
    }
    expect(await axeViolations(projector)).toEqual([]);
  });
});
