import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiPaths, type ApiErrorBody, type DocumentVersionView, type RecordSettings } from '@mufakat/contracts';
import { PUBLIC_THROTTLERS } from '../src/limits/public-throttler.guard';
import { createPublishedForum, http, signupStaff } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const SETTINGS: RecordSettings = {
  unitName: 'Dinas Sosial',
  unitCode: 'Dinsos',
  parentBody: null,
  address: null,
  city: 'Purwokerto',
  numberPattern: '000.5/{n}/{unit}/{year}',
  headName: null,
  headPosition: null,
  headNip: null,
  acknowledgerName: null,
  acknowledgerPosition: null,
  acknowledgerNip: null,
  showHiddenQuestionTexts: false,
};

const [LOOKUP, DOWNLOAD] = PUBLIC_THROTTLERS;

describe('Public verification limits', () => {
  const documentsDir = mkdtempSync(join(tmpdir(), 'mufakat-public-limits-'));
  let api: TestApp;
  let issued: DocumentVersionView;

  /** A request from one network address: the test app trusts X-Forwarded-For from loopback, as from a proxy. */
  async function get(path: string, address: string): Promise<{ status: number; retryAfter: string | null; body: unknown }> {
    const response = await fetch(api.url + path, { headers: { 'x-forwarded-for': address } });
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: type.includes('json') ? await response.json() : await response.arrayBuffer(),
    };
  }

  /** `count` requests at once from one address, in waves of 50 as phones arrive; the statuses, in order. */
  let forumId: string;

  async function burst(count: number, path: (i: number) => string, address: string): Promise<number[]> {
    const statuses: number[] = [];
    for (let start = 0; start < count; start += 50) {
      const wave = Array.from({ length: Math.min(50, count - start) }, (_, i) => get(path(start + i), address));
      statuses.push(...(await Promise.all(wave)).map((result) => result.status));
    }
    return statuses;
  }

  beforeAll(async () => {
    api = await startTestApp({ documentsDir });
    const organiser = (await signupStaff(api.url, 'organiser')).cookie;
    const forum = await createPublishedForum(api.url, organiser);
    forumId = forum.id;
    expect((await http(api.url, apiPaths.recordSettings(forum.id), { method: 'PUT', body: SETTINGS, cookie: organiser })).status).toBe(200);
    const ready = async (id: string): Promise<DocumentVersionView> => {
      for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
        const version = (await http<DocumentVersionView[]>(api.url, apiPaths.documents(forum.id), { cookie: organiser })).body.find((v) => v.id === id);
        if (version?.status === 'ready') return version;
      }
      throw new Error('version not ready');
    };
    const draft = await http<DocumentVersionView>(api.url, apiPaths.documents(forum.id), { body: { language: 'id' }, cookie: organiser });
    await ready(draft.body.id);
    const final = await http<DocumentVersionView>(api.url, apiPaths.finaliseDocument(forum.id, draft.body.id), { method: 'POST', cookie: organiser });
    issued = await ready(final.body.id);
  }, 90_000);

  afterAll(async () => {
    await api?.close();
    rmSync(documentsDir, { recursive: true, force: true });
  });

  it('lets a room of 500 phones behind one address check the QR code, then refuses past the figure with Retry-After', async () => {
    const venue = '203.0.113.10';
    const code = issued.publicCode as string;
    // 500 phones open the version's page, and 50 of them check the hash too: one NAT address, one minute.
    expect(new Set(await burst(500, () => apiPaths.publicVersion(code), venue))).toEqual(new Set([200]));
    expect(new Set(await burst(50, () => apiPaths.verifyHash(issued.sha256.pdf as string), venue))).toEqual(new Set([200]));
    expect(new Set(await burst(LOOKUP.limit - 550, () => apiPaths.publicVersion(code), venue))).toEqual(new Set([200]));

    // The next lookup of any kind is one too many: the follow-up pages' open data counts with them.
    for (const path of [
      apiPaths.publicVersion(code),
      apiPaths.verifyHash(issued.sha256.docx as string),
      apiPaths.publicVersion('ZZZZZZZZZZ'),
      apiPaths.publicOrganisations,
      apiPaths.publicForumCsv(forumId),
    ]) {
      const refused = await get(path, venue);
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(LOOKUP.ttl / 1000);
      expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: Number(refused.retryAfter) * 1000 });
      expect((refused.body as ApiErrorBody).message).toMatch(/^At most 600 requests every 60 seconds from one address/);
    }

    // Another address is counted on its own, and downloads have a budget of their own.
    expect((await get(apiPaths.publicVersion(code), '198.51.100.7')).status).toBe(200);
    expect((await get(apiPaths.publicVersionFile(code, 'pdf'), venue)).status).toBe(200);
  });

  it('refuses downloads past their lower figure', async () => {
    const address = '192.0.2.44';
    const code = issued.publicCode as string;
    const statuses = await burst(DOWNLOAD.limit + 5, (i) => apiPaths.publicVersionFile(code, i % 2 === 0 ? 'pdf' : 'docx'), address);
    // Requests of one wave arrive in any order: which five are refused is not known, that five are is.
    expect(statuses.filter((status) => status === 200)).toHaveLength(DOWNLOAD.limit);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
    const refused = await get(apiPaths.publicVersionFile(code, 'pdf'), address);
    expect(refused).toMatchObject({ status: 429, body: { code: 'RATE_LIMITED' } });
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    // Lookups from that address still pass.
    expect((await get(apiPaths.publicVersion(code), address)).status).toBe(200);
  });
});
