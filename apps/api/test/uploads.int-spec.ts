import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { apiPaths, type ApiErrorBody, type DocumentVersionView, type ForumDetail, type PhotoView, type SigningTask } from '@mufakat/contracts';
import * as pngCheck from '../src/documents/png-check';
import { createPublishedForum, http, registerAttendee, signupStaff, type HttpResult } from './support/factories';
import { blankPng, jpegOf, pngBomb } from './support/images';
import { startTestApp, type TestApp } from './support/test-app';

interface Cost<T> {
  response: T;
  /** The longest the event loop was kept from turning while the request ran. */
  loopBlockedMs: number;
  /** Resident memory at its highest while the request ran, above where it started. */
  rssGrowthMb: number;
}

/** The request's cost to this process, which is the api's: the app runs in the test's own process. */
async function costOf<T>(request: () => Promise<T>): Promise<Cost<T>> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const start = process.memoryUsage().rss;
  let peak = start;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const sampler = setInterval(sample, 5);
  delay.enable();
  try {
    const response = await request();
    sample();
    return { response, loopBlockedMs: delay.max / 1e6, rssGrowthMb: (peak - start) / 1e6 };
  } finally {
    delay.disable();
    clearInterval(sampler);
  }
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

describe('Uploads', () => {
  const documentsDir = mkdtempSync(join(tmpdir(), 'mufakat-uploads-'));
  let api: TestApp;
  let forum: ForumDetail;
  let organiser: string;
  let representative: string;
  let bystander: string;
  let documentId: string;
  let bomb: Buffer;

  beforeAll(async () => {
    api = await startTestApp({ documentsDir });
    organiser = (await signupStaff(api.url, 'organiser')).cookie;
    forum = await createPublishedForum(api.url, organiser);
    const siti = await registerAttendee(api.url, forum.joinCode as string, { name: 'Siti' });
    representative = siti.attendeeToken;
    bystander = (await registerAttendee(api.url, forum.joinCode as string, { name: 'Ani', category: 'media' })).attendeeToken;
    const named = await http(api.url, apiPaths.representatives(forum.id), {
      body: { participantId: siti.participant.id, side: 'public', roleTitle: 'Perwakilan pengguna layanan' },
      cookie: organiser,
    });
    expect(named.status).toBe(201);
    const requested = await http<DocumentVersionView>(api.url, apiPaths.documents(forum.id), { body: {}, cookie: organiser });
    documentId = requested.body.id;
    for (const deadline = Date.now() + 30_000; ;) {
      const versions = await http<DocumentVersionView[]>(api.url, apiPaths.documents(forum.id), { cookie: organiser });
      if (versions.body.find((version) => version.id === documentId)?.status === 'ready') break;
      if (Date.now() > deadline) throw new Error(`version not ready: ${JSON.stringify(versions.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    bomb = await pngBomb();
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await api.close();
    rmSync(documentsDir, { recursive: true, force: true });
  });

  const sign = (bearer: string, png: Buffer) =>
    http<SigningTask | ApiErrorBody>(api.url, apiPaths.signatures(forum.id), { body: { documentId, signaturePng: dataUrl(png) }, bearer });

  async function uploadPhoto(data: Buffer, type: string): Promise<HttpResult<PhotoView | ApiErrorBody>> {
    const form = new FormData();
    form.append('photo', new Blob([new Uint8Array(data)], { type }), 'photo');
    const response = await fetch(api.url + apiPaths.photos(forum.id), { method: 'POST', body: form, headers: { cookie: organiser } });
    return { status: response.status, body: (await response.json()) as PhotoView | ApiErrorBody };
  }

  it('refuses a bomb from an attendee who is no representative before its image is read', async () => {
    expect(bomb.length).toBeLessThan(200 * 1024);
    const check = jest.spyOn(pngCheck, 'checkPng');
    const cost = await costOf(() => sign(bystander, bomb));
    expect(cost.response.status).toBe(403);
    expect(check).not.toHaveBeenCalled();
    check.mockRestore();
  });

  it("refuses a representative's bomb from its header, quickly and in little memory", async () => {
    const cost = await costOf(() => sign(representative, bomb));
    expect(cost.response).toMatchObject({ status: 413, body: { code: 'VALIDATION_FAILED', message: expect.stringContaining('too large') } });
    // Inflating it took 2–4 s of blocked event loop and more than 850 MB.
    expect(cost.loopBlockedMs).toBeLessThan(500);
    expect(cost.rssGrowthMb).toBeLessThan(100);
  });

  it('refuses image data that inflates beyond what its header announced', async () => {
    const lying = await pngBomb({ width: 500, height: 200 });
    const cost = await costOf(() => sign(representative, lying));
    expect(cost.response).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(cost.loopBlockedMs).toBeLessThan(500);
  });

  it('still takes a drawn signature', async () => {
    const signed = await sign(representative, blankPng(500, 200));
    expect(signed.status).toBe(201);
    expect(signed.body).toMatchObject({ signed: true, document: { id: documentId } });
  });

  it('checks photos the same way, and serves them with the type their bytes say and nosniff', async () => {
    const html = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<html><script>alert(document.cookie)</script></html>')]);
    expect(await uploadPhoto(html, 'image/jpeg')).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    const truncated = jpegOf(8, 8).subarray(0, -2);
    expect(await uploadPhoto(truncated, 'image/jpeg')).toMatchObject({ status: 400 });
    expect(await uploadPhoto(jpegOf(60_000, 60_000), 'image/jpeg')).toMatchObject({ status: 413, body: { code: 'VALIDATION_FAILED' } });
    const pngPhotoBomb = await costOf(() => uploadPhoto(bomb, 'image/png'));
    expect(pngPhotoBomb.response).toMatchObject({ status: 413 });
    expect(pngPhotoBomb.loopBlockedMs).toBeLessThan(500);

    const jpeg = jpegOf(8, 8);
    const uploaded = await uploadPhoto(jpeg, 'image/png');
    expect(uploaded).toMatchObject({ status: 201, body: { mime: 'image/jpeg', size: jpeg.length } });
    const served = await fetch(api.url + apiPaths.photo(forum.id, (uploaded.body as PhotoView).id), { headers: { cookie: organiser } });
    expect(served.headers.get('content-type')).toMatch(/^image\/jpeg/);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(jpeg)).toBe(true);
    expect(await uploadPhoto(blankPng(40, 30), 'image/png')).toMatchObject({ status: 201, body: { mime: 'image/png' } });
  });
});
