import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiPaths, type ApiErrorBody, type DocumentVersionView, type ForumDetail, type RecordSettings, type RecordSettingsView } from '@mufakat/contracts';
import { createPublishedForum, http, signupStaff, uniqueEmail } from './support/factories';
import { blankPng, jpegOf, pngBomb } from './support/images';
import { startTestApp, type TestApp } from './support/test-app';

const SETTINGS: RecordSettings = {
  unitName: 'Dinas Sosial',
  unitCode: 'Dinsos',
  parentBody: 'Pemerintah Kabupaten Banyumas',
  address: 'Jl. Pemuda No. 31, Purwokerto 53116',
  city: 'Purwokerto',
  numberPattern: '000.5/{n}/{unit}/{year}',
  headName: 'Dra. Sri Wahyuni, M.M.',
  headPosition: 'Kepala Dinas Sosial',
  headNip: '19680512 199303 2 004',
  acknowledgerName: null,
  acknowledgerPosition: null,
  acknowledgerNip: null,
  showHiddenQuestionTexts: false,
};

/** The year numbers are drawn in: the documents' zone (Asia/Jakarta in the test app). */
const YEAR = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));

describe('Berita Acara settings and finalisation', () => {
  const documentsDir = mkdtempSync(join(tmpdir(), 'mufakat-record-'));
  let api: TestApp;
  let organiser: string;
  let moderator: string;
  let facilitator: string;
  let forum: ForumDetail;

  beforeAll(async () => {
    api = await startTestApp({ documentsDir });
    organiser = (await signupStaff(api.url, 'organiser')).cookie;
    forum = await createPublishedForum(api.url, organiser);
    const staff: Record<string, string> = {};
    for (const role of ['moderator', 'facilitator'] as const) {
      const email = uniqueEmail(role);
      const signed = await http(api.url, apiPaths.signup, { body: { email, password: 'correct horse battery', name: role } });
      staff[role] = signed.cookie as string;
      expect((await http(api.url, apiPaths.forumMembers(forum.id), { body: { email, role }, cookie: organiser })).status).toBe(201);
    }
    moderator = staff.moderator;
    facilitator = staff.facilitator;
  });

  afterAll(async () => {
    await api.close();
    rmSync(documentsDir, { recursive: true, force: true });
  });

  const put = (forumId: string, body: unknown, cookie = organiser) =>
    http<RecordSettingsView | ApiErrorBody>(api.url, apiPaths.recordSettings(forumId), { method: 'PUT', body, cookie });

  async function readyVersion(forumId: string): Promise<DocumentVersionView> {
    const requested = await http<DocumentVersionView>(api.url, apiPaths.documents(forumId), { body: {}, cookie: organiser });
    expect(requested.status).toBe(202);
    return waitReady(forumId, requested.body.id);
  }

  async function waitReady(forumId: string, documentId: string): Promise<DocumentVersionView> {
    for (const deadline = Date.now() + 60_000; ;) {
      const versions = await http<DocumentVersionView[]>(api.url, apiPaths.documents(forumId), { cookie: organiser });
      const version = versions.body.find((v) => v.id === documentId);
      if (version?.status === 'ready') return version;
      if (version?.status === 'failed' || Date.now() > deadline) throw new Error(`version not ready: ${JSON.stringify(version)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('refuses the settings to the moderator and the facilitator, and hides the forum from other organisers', async () => {
    for (const cookie of [moderator, facilitator]) {
      expect(await http(api.url, apiPaths.recordSettings(forum.id), { cookie })).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
      expect(await put(forum.id, SETTINGS, cookie)).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
      const form = new FormData();
      form.append('logo', new Blob([new Uint8Array(blankPng(20, 20))], { type: 'image/png' }), 'logo.png');
      const upload = await fetch(api.url + apiPaths.recordSettingsLogo(forum.id), { method: 'POST', body: form, headers: { cookie } });
      expect(upload.status).toBe(403);
    }
    const stranger = (await signupStaff(api.url, 'stranger')).cookie;
    expect(await put(forum.id, SETTINGS, stranger)).toMatchObject({ status: 404 });
    expect((await http(api.url, apiPaths.recordSettings(forum.id))).status).toBe(401);
  });

  it('validates the settings and says which field is wrong', async () => {
    const cases: Array<[Partial<RecordSettings> & Record<string, unknown>, RegExp]> = [
      [{ numberPattern: '000.5/{unit}/{year}' }, /numberPattern/],
      [{ numberPattern: '000.5/{n}/{tahun}' }, /numberPattern/],
      [{ headNip: '1968-05-12' }, /headNip/],
      [{ headPosition: '' }, /headPosition/],
      [{ acknowledgerName: 'Ir. Bambang', acknowledgerPosition: null }, /acknowledgerPosition/],
      [{ unitName: '' }, /unitName/],
      [{ unitCode: 'Din sos' }, /unitCode/],
      [{ unitName: 'x'.repeat(201) }, /unitName/],
      [{ showHiddenQuestionTexts: 'yes' as unknown as boolean }, /showHiddenQuestionTexts/],
      [{ secretary: 'someone' }, /secretary/],
    ];
    for (const [change, field] of cases) {
      const response = await put(forum.id, { ...SETTINGS, ...change });
      expect(response).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
      expect((response.body as ApiErrorBody).details?.join(' ')).toMatch(field);
    }
    expect((await http<RecordSettingsView>(api.url, apiPaths.recordSettings(forum.id), { cookie: organiser })).body).toMatchObject({
      unitId: null,
      unitName: forum.unitName,
    });
  });

  it("saves them on the forum's unit, and offers them to the organiser's next forum", async () => {
    const saved = await put(forum.id, { ...SETTINGS, parentBody: '  Pemerintah Kabupaten Banyumas  ', acknowledgerNip: '' });
    expect(saved).toMatchObject({ status: 200, body: { ...SETTINGS, unitId: expect.any(String), suggested: false, hasLogo: false } });
    const next = await createPublishedForum(api.url, organiser);
    expect((await http<RecordSettingsView>(api.url, apiPaths.recordSettings(next.id), { cookie: organiser })).body).toMatchObject({
      ...SETTINGS,
      unitId: null,
      suggested: true,
    });
    // Another unit of the same organiser gets its own row: the first unit's settings stay as they were.
    const other = await put(next.id, { ...SETTINGS, unitName: 'Dinas Kesehatan', unitCode: 'Dinkes' });
    expect((other.body as RecordSettingsView).unitId).not.toBe((saved.body as RecordSettingsView).unitId);
    expect((await http<RecordSettingsView>(api.url, apiPaths.recordSettings(forum.id), { cookie: organiser })).body).toMatchObject({
      unitName: 'Dinas Sosial',
    });
  });

  it('checks the logo like the photos', async () => {
    const upload = async (data: Buffer, type: string) => {
      const form = new FormData();
      form.append('logo', new Blob([new Uint8Array(data)], { type }), 'logo');
      const response = await fetch(api.url + apiPaths.recordSettingsLogo(forum.id), { method: 'POST', body: form, headers: { cookie: organiser } });
      return { status: response.status, body: (await response.json()) as RecordSettingsView | ApiErrorBody };
    };
    const html = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<html><script>alert(1)</script></html>')]);
    expect(await upload(html, 'image/jpeg')).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(await upload(jpegOf(60_000, 60_000), 'image/jpeg')).toMatchObject({ status: 413 });
    expect(await upload(await pngBomb(), 'image/png')).toMatchObject({ status: 413 });
    expect(await upload(blankPng(120, 120), 'image/png')).toMatchObject({ status: 201, body: { hasLogo: true } });
    const served = await fetch(api.url + apiPaths.recordSettingsLogo(forum.id), { headers: { cookie: organiser } });
    expect(served.headers.get('content-type')).toMatch(/^image\/png/);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses to finalise without a number pattern, and a version that is not generated', async () => {
    const other = (await signupStaff(api.url, 'other-organiser')).cookie;
    const bare = await createPublishedForum(api.url, other);
    const requested = await http<DocumentVersionView>(api.url, apiPaths.documents(bare.id), { body: {}, cookie: other });
    for (const deadline = Date.now() + 60_000; ;) {
      const versions = await http<DocumentVersionView[]>(api.url, apiPaths.documents(bare.id), { cookie: other });
      if (versions.body[0]?.status === 'ready') break;
      if (Date.now() > deadline) throw new Error('not ready');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const refused = await http(api.url, apiPaths.finaliseDocument(bare.id, requested.body.id), { method: 'POST', cookie: other });
    expect(refused).toMatchObject({ status: 409, body: { code: 'INVALID_STATE', message: expect.stringContaining('number pattern') } });
    expect((await http(api.url, apiPaths.finaliseDocument(forum.id, requested.body.id), { method: 'POST', cookie: organiser })).status).toBe(404);
    const ready = await readyVersion(forum.id);
    expect((await http(api.url, apiPaths.finaliseDocument(forum.id, ready.id), { method: 'POST', cookie: moderator })).status).toBe(403);
  });

  it('numbers concurrent finalisations of one unit without duplicates or gaps, one number per forum', async () => {
    // Six more forums of the same organiser: each takes the unit of the last one, so all share its counter.
    const forums = [forum];
    for (let i = 0; i < 6; i += 1) {
      const next = await createPublishedForum(api.url, organiser);
      expect((await put(next.id, SETTINGS)).status).toBe(200);
      forums.push(next);
    }
    const unitIds = await Promise.all(
      forums.map(async (f) => (await http<RecordSettingsView>(api.url, apiPaths.recordSettings(f.id), { cookie: organiser })).body.unitId),
    );
    expect(new Set(unitIds).size).toBe(1);
    const drafts = await Promise.all(forums.map((f) => readyVersion(f.id)));
    expect(drafts.every((d) => d.documentNumber === null && !d.final)).toBe(true);

    // Every forum's draft finalised twice at once, all fourteen calls in flight together.
    const calls = forums.flatMap((f, i) =>
      [0, 1].map(() => http<DocumentVersionView>(api.url, apiPaths.finaliseDocument(f.id, drafts[i].id), { method: 'POST', cookie: organiser })),
    );
    const results = await Promise.all(calls);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 202));
    for (let i = 0; i < forums.length; i += 1) {
      const [a, b] = [results[2 * i].body, results[2 * i + 1].body];
      expect(a.id).toBe(b.id);
      expect(a).toMatchObject({ final: true, documentNumber: expect.stringMatching(new RegExp(`^000\\.5/\\d+/Dinsos/${YEAR}$`)) });
    }
    const sequences = forums.map((_, i) => Number(results[2 * i].body.documentNumber?.split('/')[1])).sort((x, y) => x - y);
    expect(sequences).toEqual([1, 2, 3, 4, 5, 6, 7]);

    // A later finalisation of the same forum keeps its number.
    const final = await waitReady(forums[0].id, results[0].body.id);
    const again = await readyVersion(forums[0].id);
    const refinalised = await http<DocumentVersionView>(api.url, apiPaths.finaliseDocument(forums[0].id, again.id), { method: 'POST', cookie: organiser });
    expect(refinalised.body.documentNumber).toBe(final.documentNumber);
    expect((await http(api.url, apiPaths.finaliseDocument(forums[0].id, final.id), { method: 'POST', cookie: organiser })).status).toBe(409);

    // The number, the letterhead and the head of unit are printed; the draft said the number was still to come.
    const pdfText = async (documentId: string) => {
      const response = await fetch(api.url + apiPaths.documentFile(forums[0].id, documentId, 'pdf'), { headers: { cookie: organiser } });
      const path = join(documentsDir, `${documentId}.pdf`);
      writeFileSync(path, Buffer.from(await response.arrayBuffer()));
      return execFileSync('/usr/bin/pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    };
    const finalText = await pdfText(final.id);
    expect(finalText).toContain(`Nomor: ${final.documentNumber}`);
    expect(finalText).toContain('PEMERINTAH KABUPATEN BANYUMAS');
    expect(finalText).toContain('NIP. 19680512 199303 2 004');
    expect(finalText).toContain('Pada hari ini');
    expect(await pdfText(drafts[0].id)).toContain('Nomor: (diberikan saat final)');
  });
});
