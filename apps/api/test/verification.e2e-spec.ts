import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { apiPaths, CSRF_HEADER, type DocumentVersionView, type ForumDetail, type RecordSettings } from '@mufakat/contracts';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from './support/browser';
import { startEmbeddedServer, type EmbeddedServer } from './support/embedded-server';
import { forumRequest } from './support/factories';

/** The README's screenshots are refreshed only on request: `UPDATE_SCREENSHOTS=1`. */
const screenshots = resolve(__dirname, process.env.UPDATE_SCREENSHOTS ? '../../../docs/screenshots' : '../../../test-output/screenshots');
const SETTINGS: RecordSettings = {
  unitName: 'Dinas Kependudukan dan Pencatatan Sipil',
  unitCode: 'Disdukcapil',
  parentBody: 'Pemerintah Kabupaten Banyumas',
  address: 'Jl. Jenderal Soedirman No. 2, Purwokerto',
  city: 'Purwokerto',
  numberPattern: '470/{n}/{unit}/{year}',
  headName: 'Dra. Sri Wahyuni, M.M.',
  headPosition: 'Kepala Dinas',
  headNip: '19680512 199303 2 004',
  acknowledgerName: null,
  acknowledgerPosition: null,
  acknowledgerNip: null,
  showHiddenQuestionTexts: false,
};

describe('verifying an issued Berita Acara on a phone (embedded mode)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-verify-e2e-'));
  let server: EmbeddedServer;
  let browser: Browser;
  let staff: APIRequestContext;
  let phone: Page;
  let final: DocumentVersionView;
  let pdf: Buffer;

  async function waitReady(forumId: string, documentId: string): Promise<DocumentVersionView> {
    for (const deadline = Date.now() + 90_000; ;) {
      const versions = (await (await staff.get(server.url + apiPaths.documents(forumId))).json()) as DocumentVersionView[];
      const version = versions.find((v) => v.id === documentId);
      if (version?.status === 'ready') return version;
      if (version?.status === 'failed' || Date.now() > deadline) throw new Error(`version not ready: ${JSON.stringify(version)}`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startEmbeddedServer(dataDir);
    browser = await launchChromium();
    const context = await browser.newContext({ extraHTTPHeaders: { [CSRF_HEADER.name]: CSRF_HEADER.value } });
    staff = context.request;
    const signup = { email: 'organiser@dinas.test', password: 'rahasia-sekali', name: 'Organiser' };
    expect((await staff.post(server.url + apiPaths.signup, { data: signup })).status()).toBe(201);
    const created = (await (await staff.post(server.url + apiPaths.forums, { data: forumRequest({ title: 'FKP Layanan KTP-el' }) })).json()) as ForumDetail;
    const forum = (await (await staff.post(server.url + apiPaths.publishForum(created.id))).json()) as ForumDetail;
    expect((await staff.put(server.url + apiPaths.recordSettings(forum.id), { data: SETTINGS })).status()).toBe(200);
    const requested = (await (await staff.post(server.url + apiPaths.documents(forum.id), { data: {} })).json()) as DocumentVersionView;
    const draft = await waitReady(forum.id, requested.id);
    const finalised = (await (await staff.post(server.url + apiPaths.finaliseDocument(forum.id, draft.id))).json()) as DocumentVersionView;
    final = await waitReady(forum.id, finalised.id);
    pdf = Buffer.from(await (await staff.get(server.url + apiPaths.documentFile(forum.id, final.id, 'pdf'))).body());

    phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })).newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says an issued PDF was issued, and which version; the same file with one byte changed was not', async () => {
    await phone.goto(`${server.url}/verify`);
    await phone.getByRole('heading', { level: 1, name: 'Periksa keaslian dokumen' }).waitFor();
    expect(await axeViolations(phone)).toEqual([]);

    await phone.getByTestId('verify-file').setInputFiles({ name: 'berita-acara.pdf', mimeType: 'application/pdf', buffer: pdf });
    const result = phone.getByTestId('verify-result');
    await result.and(phone.locator('[data-outcome="issued"]')).waitFor();
    const said = await result.innerText();
    expect(said).toContain('Dokumen ini diterbitkan');
    expect(said).toContain(`versi ${final.version}`);
    expect(said).toContain(final.documentNumber as string);
    expect(said).toContain(final.sha256.pdf as string);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.screenshot({ path: join(screenshots, 'verify-issued.png'), fullPage: true });

    const changed = Buffer.from(pdf);
    changed[Math.floor(changed.length / 2)] ^= 0x01;
    await phone.getByTestId('verify-file').setInputFiles({ name: 'berita-acara-ubah.pdf', mimeType: 'application/pdf', buffer: changed });
    await result.and(phone.locator('[data-outcome="not-issued"]')).waitFor();
    expect(await result.innerText()).toContain('Tidak diterbitkan di sini');
    await phone.screenshot({ path: join(screenshots, 'verify-not-issued.png'), fullPage: true });
  });

  it("opens the version's page from the verification, which passes axe at 390 px in both languages", async () => {
    await phone.goto(`${server.url}/verify`);
    await phone.getByTestId('verify-file').setInputFiles({ name: 'berita-acara.pdf', mimeType: 'application/pdf', buffer: pdf });
    await phone.getByRole('link', { name: 'Lihat halaman versi ini' }).click();
    await phone.getByTestId('version-issued').waitFor();
    expect(phone.url()).toBe(`${server.url}/v/${final.publicCode}`);
    expect(await phone.getByTestId('version-number').innerText()).toBe(final.documentNumber);
    expect(await phone.getByTestId('hash-pdf').innerText()).toBe(final.sha256.pdf);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.screenshot({ path: join(screenshots, 'version-page.png'), fullPage: true });

    await phone.getByTestId('lang-en').click();
    await phone.getByRole('heading', { level: 1, name: 'Issued Berita Acara' }).waitFor();
    expect(await axeViolations(phone)).toEqual([]);
    const download = await phone.request.get(`${server.url}${apiPaths.publicVersionFile(final.publicCode as string, 'pdf')}`);
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
  });

  it('prints the short link on every page of the final PDF; a screenshot of its first page is kept', () => {
    const path = join(dataDir, 'final.pdf');
    writeFileSync(path, pdf);
    const pages = execFileSync('/usr/bin/pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain(`/v/${final.publicCode}`);
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', path, join(screenshots, 'berita-acara-final-page1')]);
    expect(readFileSync(join(screenshots, 'berita-acara-final-page1.png')).length).toBeGreaterThan(10_000);
  });
});
