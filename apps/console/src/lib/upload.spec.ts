import { ApiError } from '@mufakat/client';
import { CSRF_HEADER } from '@mufakat/contracts';
import { postFormData } from './upload';

const answer = (status: number, body: unknown) =>
  jest.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

describe(postFormData.name, () => {
  it('POSTs the form with the session cookie, the CSRF header and no content type of its own', async () => {
    const fetcher = answer(201, { id: 'ph1' });
    const form = new FormData();
    form.append('caption', 'Suasana');
    await expect(postFormData('/api/forums/f1/photos', form, fetcher as unknown as typeof fetch)).resolves.toEqual({ id: 'ph1' });
    expect(fetcher).toHaveBeenCalledWith('/api/forums/f1/photos', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { [CSRF_HEADER.name]: CSRF_HEADER.value },
      body: form,
    });
  });

  it("throws the server's error as an ApiError", async () => {
    const fetcher = answer(413, { statusCode: 413, code: 'VALIDATION_FAILED', message: 'Foto terlalu besar', details: ['photo: max 5 MB'] });
    const error = await postFormData('/x', new FormData(), fetcher as unknown as typeof fetch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 413, code: 'VALIDATION_FAILED', message: 'Foto terlalu besar', details: ['photo: max 5 MB'] });
  });

  it('says when the server cannot be reached or answers without a body', async () => {
    const offline = jest.fn(async () => {
      throw new TypeError('fetch failed');
    });
    await expect(postFormData('/x', new FormData(), offline as unknown as typeof fetch)).rejects.toMatchObject({ status: 0, code: 'UNAVAILABLE' });
    await expect(postFormData('/x', new FormData(), answer(502, undefined) as unknown as typeof fetch)).rejects.toMatchObject({
      status: 502,
      code: 'INTERNAL',
    });
  });
});
