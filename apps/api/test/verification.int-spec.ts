import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  apiPaths,
  type ApiErrorBody,
  type DocumentVersionView,
  type ForumDetail,
  type PublicVersionView,
  type RecordSettings,
  type VerifyHashResult,
} from '@mufakat/contracts';
import { createPublishedForum, http, signupStaff } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const SETTINGS: RecordSettings = {
  unitName: 'Dinas Kependudukan',
  unitCode: 'Disduk',
  parentBody: 'Pemerintah Kota Salatiga',
  address: 'Jl. Sukowati No. 51',
  city: 'Salatiga',
  numberPattern: '470/{n}/{unit}/{year}',
  headName: 'Budi Santoso, S.H.',
  headPosition: 'Kepala Dinas',
  headNip: '19700101 199503 1 001',
  acknowledgerName: null,
  acknowledgerPosition: null,
  acknowledgerNip: null,
  showHiddenQuestionTexts: false,
};

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('Public verification of issued versions', () => {
  const documentsDir = mkdtempSync(join(tmpdir(), 'mufakat-verify-'));
  let api: TestApp;
  let organiser: string;
  let forum: ForumDetail;
  let draft: DocumentVersionView;
  let final: DocumentVersionView;

  async function waitReady(forumId: string, documentId: string): Promise<DocumentVersionView> {
    for (const deadline = Date.now() + 60_000; ;) {
      const versions = await http<DocumentVersionView[]>(api.url, apiPaths.documents(forumId), { cookie: organiser });
      const version = versions.body.find((v) => v.id === documentId);
      if (version?.status === 'ready') return version;
      if (version?.status === 'failed' || Date.now() > deadline) throw new Error(`version not ready: ${JSON.stringify(version)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    api = await startTestApp({ documentsDir });
    organiser = (await signupStaff(api.url, 'organiser')).cookie;
    forum = await createPublishedForum(api.url, organiser);
    expect((await http(api.url, apiPaths.recordSettings(forum.id), { method: 'PUT', body: SETTINGS, cookie: organiser })).status).toBe(200);
    const requested = await http<DocumentVersionView>(api.url, apiPaths.documents(forum.id), { body: {}, cookie: organiser });
    draft = await waitReady(forum.id, requested.body.id);
    const finalised = await http<DocumentVersionView>(api.url, apiPaths.finaliseDocument(forum.id, draft.id), { method: 'POST', cookie: organiser });
    expect(finalised.status).toBe(202);
    final = await waitReady(forum.id, finalised.body.id);
  });

  afterAll(async () => {
    await api.close();
    rmSync(documentsDir, { recursive: true, force: true });
  });

  it('gives every version its own ten-character code', () => {
    expect(draft.publicCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(final.publicCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(final.publicCode).not.toBe(draft.publicCode);
  });

  it('shows an issued version in full, without logging in, and a draft only as a draft', async () => {
    const issued = await http<PublicVersionView>(api.url, apiPaths.publicVersion(final.publicCode as string));
    expect(issued.status).toBe(200);
    expect(issued.body).toEqual({
      issued: true,
      code: final.publicCode,
      forumId: forum.id,
      forum: { title: forum.title, unitName: expect.any(String), venue: forum.venue, startsAt: forum.startsAt },
      documentNumber: final.documentNumber,
      version: final.version,
      language: 'id',
      timeZone: 'Asia/Jakarta',
      issuedAt: final.completedAt,
      sha256: final.sha256,
      sizes: final.sizes,
      signatories: [],
    });
    // A code read off paper may come in lower case.
    expect((await http(api.url, apiPaths.publicVersion((final.publicCode as string).toLowerCase()))).status).toBe(200);

    const drafted = await http<PublicVersionView>(api.url, apiPaths.publicVersion(draft.publicCode as string));
    expect(drafted).toMatchObject({ status: 200, body: { issued: false, code: draft.publicCode, version: draft.version } });
    expect(drafted.body).not.toHaveProperty('sha256');

    for (const code of ['ZZZZZZZZZZ', 'short', 'ILLEGALOOO']) {
      expect(await http<ApiErrorBody>(api.url, apiPaths.publicVersion(code))).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    }
  });

  it('serves only an issued version its files, with the recorded hash', async () => {
    for (const format of ['pdf', 'docx'] as const) {
      const response = await fetch(api.url + apiPaths.publicVersionFile(final.publicCode as string, format));
      expect(response.status).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      expect(sha256(body)).toBe(final.sha256[format]);
      expect(response.headers.get('x-content-sha256')).toBe(final.sha256[format]);
      expect((await fetch(api.url + apiPaths.publicVersionFile(draft.publicCode as string, format))).status).toBe(404);
    }
    expect((await fetch(`${api.url}/api/public/versions/${final.publicCode}/berita-acara.txt`)).status).toBe(404);
  });

  it('finds the issued version by the PDF or the DOCX hash, and nothing for a draft, a changed byte or a stranger', async () => {
    for (const format of ['pdf', 'docx'] as const) {
      const found = await http<VerifyHashResult>(api.url, apiPaths.verifyHash(final.sha256[format] as string));
      expect(found.status).toBe(200);
      expect(found.body).toMatchObject({ sha256: final.sha256[format], format, version: { issued: true, code: final.publicCode, version: final.version } });
      // Upper-case hex is the same hash.
      expect((await http(api.url, apiPaths.verifyHash((final.sha256[format] as string).toUpperCase()))).status).toBe(200);
      expect(await http<ApiErrorBody>(api.url, apiPaths.verifyHash(draft.sha256[format] as string))).toMatchObject({
        status: 404,
        body: { code: 'NOT_FOUND' },
      });
    }
    const response = await fetch(api.url + apiPaths.publicVersionFile(final.publicCode as string, 'pdf'));
    const pdf = Buffer.from(await response.arrayBuffer());
    pdf[pdf.length - 10] ^= 1;
    expect(await http<ApiErrorBody>(api.url, apiPaths.verifyHash(sha256(pdf)))).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(await http<ApiErrorBody>(api.url, apiPaths.verifyHash('not-a-hash'))).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
  });

  it("prints the version's short link on every page of the final PDF, and not on the draft", async () => {
    const text = async (document: DocumentVersionView) => {
      const response = await fetch(api.url + apiPaths.documentFile(forum.id, document.id, 'pdf'), { headers: { cookie: organiser } });
      const path = join(documentsDir, `${document.id}.pdf`);
      writeFileSync(path, Buffer.from(await response.arrayBuffer()));
      return execFileSync('/usr/bin/pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    };
    const pages = (await text(final)).split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain(`http://mufakat.test/v/${final.publicCode}`);
    expect(await text(draft)).not.toContain('/v/');
  });

  it('is in the OpenAPI document', async () => {
    const doc = await http<{ paths: Record<string, unknown> }>(api.url, '/api/docs-json');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/public/versions/{code}', '/api/public/verify/{sha256}']));
  });
});
