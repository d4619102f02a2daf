import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { apiPaths, type ForumDetail, type PollType } from '@mufakat/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { forumRequest } from './support/factories';
import { axeViolations, launchChromium } from './support/browser';
import { startEmbeddedServer, type EmbeddedServer } from './support/embedded-server';

const outputDir = resolve(__dirname, '../../../test-output');
/** The README's screenshots are refreshed only on request: `UPDATE_SCREENSHOTS=1`. */
const docsDir = process.env.UPDATE_SCREENSHOTS ? resolve(__dirname, '../../../docs') : outputDir;

interface PollSpec {
  type: PollType;
  question: string;
  options?: string[];
  setup?: (staff: Page) => Promise<void>;
  answer: (poll: Locator) => Promise<void>;
  check: (projector: Page) => Promise<void>;
}

describe('live participation in a real browser: polls, speakers, reactions, reconnecting', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-participation-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  let server: EmbeddedServer;
  let browser: Browser;
  let staff: Page;
  let projector: Page;
  let phone: Page;
  let phoneContext: BrowserContext;
  let forum: ForumDetail;
  /** The phone's traffic while it joined: WebSockets opened, long-polling requests and registration requests made. */
  const phoneSocketIo = { webSockets: [] as string[], polls: [] as string[], registrations: [] as string[] };
  const accessibility: Record<string, string[]> = {};

  beforeAll(async () => {
    mkdirSync(docsDir, { recursive: true });
    mkdirSync(outputDir, { recursive: true });
    server = await startEmbeddedServer(dataDir, port);
    browser = await launchChromium();

    const staffContext = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const signup = await staffContext.request.post(server.url + apiPaths.signup, {
      data: { email: 'moderator@forum.test', password: 'rahasia-sekali', name: 'Moderator' },
    });
    expect(signup.status()).toBe(201);
    const created = await staffContext.request.post(server.url + apiPaths.forums, { data: forumRequest({ title: 'FKP Pelayanan Air Bersih' }) });
    const id = ((await created.json()) as ForumDetail).id;
    forum = (await (await staffContext.request.post(server.url + apiPaths.publishForum(id))).json()) as ForumDetail;
    staff = await staffContext.newPage();
    await staff.goto(`${server.url}/console/forums/${forum.id}/live`);
    await staff.getByTestId('connection-state').and(staff.locator('[data-state="live"]')).waitFor();

    projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await projector.goto(server.url + forum.projectorUrl);
    await projector.getByTestId('projector-mode').waitFor();

    phoneContext = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
    phone = await phoneContext.newPage();
    phone.on('websocket', (socket) => phoneSocketIo.webSockets.push(socket.url()));
    phone.on('request', (request) => {
      if (request.url().includes('transport=polling')) phoneSocketIo.polls.push(request.url());
      if (request.method() === 'POST' && request.url().endsWith(apiPaths.registerParticipant(forum.joinCode as string)))
        phoneSocketIo.registrations.push(request.url());
    });
    await phone.goto(`${server.url}/j/${forum.joinCode}`);
    await phone.getByTestId('register-name').fill('Wati');
    await phone.getByTestId('register-institution').fill('Warga RW 05');
    await phone.getByTestId('register-category').selectOption('service_user');
    await phone.getByTestId('register-mode-online').check();
    await phone.getByTestId('register-submit').click();
    await phone.getByTestId('forum-title').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const polls: PollSpec[] = [
    {
      type: 'single',
      question: 'Loket mana yang paling perlu dibenahi?',
      options: ['Pendaftaran', 'Pembayaran', 'Pengaduan'],
      answer: async (poll) => {
        await poll.locator('[data-testid="poll-option"]').nth(1).check();
      },
      check: async (screen) => {
        await expectText(screen.getByTestId('projector-poll-bar').filter({ hasText: 'Pembayaran' }), '1');
      },
    },
    {
      type: 'multiple',
      question: 'Kanal informasi yang Anda pakai (maks. 2)',
      options: ['Situs web', 'WhatsApp', 'Papan pengumuman'],
      setup: async (page) => page.getByTestId('poll-max-choices').fill('2'),
      answer: async (poll) => {
        const options = poll.locator('[data-testid="poll-option"]');
        await options.nth(0).check();
        await options.nth(2).check();
        // A third choice is refused and its box stays empty, however often it is tapped.
        for (let tap = 0; tap < 2; tap++) {
          await options.nth(1).click();
          await poll.getByTestId('poll-error').waitFor();
          await expect(options.nth(1).isChecked()).resolves.toBe(false);
        }
      },
      check: async (screen) => {
        await expectText(screen.getByTestId('projector-poll-bar').filter({ hasText: 'Situs web' }), '1');
        await expectText(screen.getByTestId('projector-poll-bar').filter({ hasText: 'Papan pengumuman' }), '1');
      },
    },
    {
      type: 'rating',
      question: 'Seberapa puas Anda dengan waktu layanan?',
      answer: async (poll) => {
        await poll.getByTestId('poll-rating-4').click();
      },
      check: async (screen) => {
        await expectText(screen.getByTestId('projector-rating-average'), '4');
      },
    },
    {
      type: 'wordcloud',
      question: 'Satu kata untuk layanan kami',
      answer: async (poll) => {
        await poll.getByTestId('poll-word-0').fill('  Antrean   PANJANG ');
        await poll.getByTestId('poll-word-1').fill('ramah');
      },
      check: async (screen) => {
        await screen.getByTestId('projector-word').filter({ hasText: 'antrean panjang' }).waitFor();
        await screen.getByTestId('projector-word').filter({ hasText: 'ramah' }).waitFor();
      },
    },
    {
      type: 'open',
      question: 'Usulan perbaikan Anda',
      answer: async (poll) => {
        await poll.getByTestId('poll-text').fill('Tambah loket khusus lansia');
      },
      check: async (screen) => {
        await screen.getByTestId('projector-open-answer').filter({ hasText: 'Tambah loket khusus lansia' }).waitFor();
      },
    },
    {
      type: 'ranking',
      question: 'Urutkan prioritas perbaikan',
      options: ['Kecepatan', 'Biaya', 'Keramahan'],
      answer: async (poll) => {
        // Keramahan to the top: Keramahan, Kecepatan, Biaya.
        await poll.getByTestId('poll-rank-item').filter({ hasText: 'Keramahan' }).getByTestId('poll-rank-up').click();
        await poll.getByTestId('poll-rank-item').filter({ hasText: 'Keramahan' }).getByTestId('poll-rank-up').click();
      },
      check: async (screen) => {
        const rows = screen.getByTestId('projector-rank-row');
        await expectText(rows.nth(0), 'Keramahan');
        await expectText(rows.nth(1), 'Kecepatan');
        await expectText(rows.nth(2), 'Biaya');
      },
    },
  ];

  it.each(polls.map((poll) => [poll.type, poll] as const))(
    'runs a %s poll: created on the console, answered on a phone, shown on the projector',
    async (_, spec) => {
      await staff.getByTestId('tab-polls').click();
      await staff.getByTestId('poll-question').fill(spec.question);
      await staff.getByTestId('poll-type').selectOption(spec.type);
      for (const [index, option] of (spec.options ?? []).entries()) {
        if (index >= 2) await staff.getByTestId('poll-option-add').click();
        await staff.getByTestId(`poll-option-${index}`).fill(option);
      }
      await spec.setup?.(staff);
      await staff.getByTestId('poll-results-visible').check();
      await staff.getByTestId('poll-create-submit').click();
      const staffPoll = staff.getByTestId('staff-poll').filter({ hasText: spec.question });
      await staffPoll.getByTestId('poll-open').click();
      await staffPoll.and(staff.locator('[data-status="open"]')).waitFor();
      await staffPoll.getByTestId('poll-show-on-projector').click();
      await projector.getByTestId('projector-poll-question').filter({ hasText: spec.question }).waitFor();

      const phonePoll = phone.getByTestId('poll').filter({ hasText: spec.question });
      await phonePoll.waitFor();
      await spec.answer(phonePoll);
      await phonePoll.getByTestId('poll-submit').click();
      await phonePoll.getByTestId('poll-answered').waitFor();
      await spec.check(projector);
      await expectText(projector.getByTestId('projector-poll-respondents'), '1');
      await expectText(staffPoll.getByTestId('poll-respondents'), '1');
      accessibility[`phone ${spec.type} poll`] = await axeViolations(phone);
      accessibility[`projector ${spec.type} poll`] = await axeViolations(projector);
      await projector.screenshot({ path: join(outputDir, `projector-poll-${spec.type}.png`) });
      if (spec.type === 'single') {
        await projector.screenshot({ path: join(docsDir, 'projector-poll.png') });
        await phonePoll.scrollIntoViewIfNeeded();
        await phone.screenshot({ path: join(docsDir, 'phone-poll.png') });
      }
    },
  );

  it('registers and joins over one WebSocket at once, with no registration request and none of the long-polling requests of an upgrade', () => {
    expect(phoneSocketIo.webSockets).toEqual([expect.stringMatching(/\/socket\.io\/\?EIO=4&transport=websocket$/)]);
    expect(phoneSocketIo.polls).toEqual([]);
    expect(phoneSocketIo.registrations).toEqual([]);
  });

  it('runs the speaker queue with room and online badges and a timer on the projector', async () => {
    await phone.getByTestId('raise-hand').click();
    await expectText(phone.getByTestId('hand-status'), '1');
    await staff.getByTestId('tab-speakers').click();
    const speaker = staff.getByTestId('speaker').filter({ hasText: 'Wati' });
    await expect(speaker.getAttribute('data-mode')).resolves.toBe('online');
    await speaker.getByTestId('speaker-limit').fill('3');
    await speaker.getByTestId('speaker-give-floor').click();
    await staff.getByTestId('tab-projector').click();
    await staff.getByTestId('projector-show-speakers').click();
    const onScreen = projector.getByTestId('projector-speaker').filter({ hasText: 'Wati' });
    await expect(onScreen.getAttribute('data-status')).resolves.toBe('speaking');
    await projector.getByTestId('projector-speaker-timer').waitFor();
    await phone.getByTestId('react-applause').click();
    await projector.locator('[data-testid="projector-reaction"][data-kind="applause"]').first().waitFor();
    accessibility['projector speakers'] = await axeViolations(projector);
    accessibility['console speakers'] = await axeViolations(staff);
    await projector.screenshot({ path: join(docsDir, 'projector-speakers.png') });
  });

  it('checks the phone in with the code on the projector, and says in Indonesian why a wrong code is refused', async () => {
    await staff.getByTestId('tab-attendance').click();
    await staff.getByTestId('check-in-toggle').click();
    await projector.getByTestId('projector-check-in-code').waitFor();
    const shown = (await projector.getByTestId('projector-check-in-code').innerText()).replace(/\D/g, '');
    expect(shown).toMatch(/^\d{6}$/);
    // The form (its own chunk) appears once staff turn check-in on.
    await phone.getByTestId('check-in-code').fill(shown === '123456' ? '654321' : '123456');
    await phone.getByTestId('check-in-submit').click();
    await expectText(phone.locator('#check-in-problem'), 'Kode tidak sesuai. Lihat layar proyektor, lalu coba lagi.');
    accessibility['phone check-in refused'] = await axeViolations(phone);
    await phone.getByTestId('check-in-code').fill(shown);
    await phone.getByTestId('check-in-submit').click();
    await phone.getByTestId('check-in-verified').waitFor();
    await staff.getByTestId('check-in-toggle').click();
    await phone.getByTestId('check-in-verified').waitFor({ state: 'detached' });
  });

  it('survives an api restart mid-forum: the phone reconnects, resyncs and loses no acknowledged vote or answer', async () => {
    // An approved question to vote on, and a poll answer acknowledged before the restart.
    await phone.getByTestId('ask-text').fill('Kapan pipa di RW 05 diganti?');
    await phone.getByTestId('ask-submit').click();
    await staff.getByTestId('tab-questions').click();
    await staff.getByTestId('pending-question').filter({ hasText: 'Kapan pipa' }).getByTestId('approve-question').click();
    const question = phone.getByTestId('question').filter({ hasText: 'Kapan pipa' });
    await question.waitFor();
    await phone.getByTestId('poll').filter({ hasText: polls[0].question }).getByTestId('poll-answered').waitFor();

    await server.stop();
    await phone.getByTestId('connection-state').and(phone.locator('[data-state="reconnecting"]')).waitFor({ timeout: 15_000 });
    // Voting while the server is down: the phone holds the (idempotent) upvote and sends it once it is back.
    await question.getByTestId('upvote-button').click();
    server = await startEmbeddedServer(dataDir, port);
    await phone.getByTestId('connection-state').waitFor({ state: 'detached', timeout: 30_000 });
    await staff.getByTestId('connection-state').and(staff.locator('[data-state="live"]')).waitFor({ timeout: 30_000 });

    await expectText(question.getByTestId('question-upvotes'), '1');
    await expect(question.getByTestId('upvote-button').getAttribute('aria-pressed')).resolves.toBe('true');
    await phone.getByTestId('poll').filter({ hasText: polls[0].question }).getByTestId('poll-answered').waitFor();

    // The projector, reconnected too, shows the answer and the vote from the database.
    await staff.getByTestId('tab-polls').click();
    await staff.getByTestId('staff-poll').filter({ hasText: polls[0].question }).getByTestId('poll-show-on-projector').click();
    await expectText(projector.getByTestId('projector-poll-bar').filter({ hasText: 'Pembayaran' }), '1');
    await staff.getByTestId('tab-projector').click();
    await staff.getByTestId('projector-show-agenda').click();
    await expectText(projector.getByTestId('projector-question').filter({ hasText: 'Kapan pipa' }).getByTestId('question-upvotes'), '1');
    await phone.evaluate(() => window.scrollTo(0, 0));
    await phone.screenshot({ path: join(docsDir, 'phone-live.png') });

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
