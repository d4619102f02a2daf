import { ApiError } from '@mufakat/client';
import { CSRF_HEADER } from '@mufakat/contracts';
import { postSignature } from './sign-document';
import { signingFixture } from './test-fixtures';

const request = { documentId: 'd1', signaturePng: 'data:image/png;base64,AAAA' };

function fakeFetch(response: Response | Error) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    if (response instanceof Error) throw response;
    return response;
  }) as unknown as typeof fetch;
  return { calls, fetchImpl };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('postSignature', () => {
  it('POSTs the signature as JSON with the attendee token as a bearer credential', async () => {
    const task = signingFixture({ signed: true });
    const { calls, fetchImpl } = fakeFetch(json(201, task));
    await expect(postSignature('forum 1', 'tok', request, fetchImpl)).resolves.toEqual(task);
    expect(calls[0].url).toBe('/api/forums/forum%201/signatures');
    expect(calls[0].init.method).toBe('POST');
    expect(calls[0].init.headers).toEqual({ 'content-type': 'application/json', authorization: 'Bearer tok', [CSRF_HEADER.name]: CSRF_HEADER.value });
    expect(JSON.parse(String(calls[0].init.body))).toEqual(request);
  });

  it("rejects with the server's error", async () => {
    const { fetchImpl } = fakeFetch(json(409, { statusCode: 409, code: 'CONFLICT', message: 'Not the newest version' }));
    const error = await postSignature('f1', 'tok', request, fetchImpl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect([(error as ApiError).status, (error as ApiError).code, (error as ApiError).message]).toEqual([409, 'CONFLICT', 'Not the newest version']);
  });

  it('rejects as unavailable when the network fails, and as internal on a body that is not JSON', async () => {
    const offline = await postSignature('f1', 'tok', request, fakeFetch(new TypeError('fetch failed')).fetchImpl).catch((e: unknown) => e);
    expect((offline as ApiError).code).toBe('UNAVAILABLE');
    const broken = await postSignature('f1', 'tok', request, fakeFetch(new Response('<html>', { status: 502, statusText: 'Bad Gateway' })).fetchImpl).catch(
      (e: unknown) => e,
    );
    expect([(broken as ApiError).code, (broken as ApiError).message]).toEqual(['INTERNAL', 'Bad Gateway']);
  });
});
