import { CSRF_HEADER } from '@mufakat/contracts';
import { apiFetch, ApiError } from './api-client';

const answer = (status: number, body: unknown) =>
  jest.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

describe(apiFetch.name, () => {
  it('sends the CSRF header the api asks of browsers with every request, reads included', async () => {
    const fetcher = answer(200, { ok: true });
    await apiFetch('/api/forums/f1/publish', { method: 'POST', fetchImpl: fetcher as unknown as typeof fetch });
    await apiFetch('/api/auth/me', { fetchImpl: fetcher as unknown as typeof fetch });
    expect(fetcher).toHaveBeenNthCalledWith(1, '/api/forums/f1/publish', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { [CSRF_HEADER.name]: CSRF_HEADER.value },
      body: undefined,
    });
    expect(fetcher).toHaveBeenNthCalledWith(2, '/api/auth/me', expect.objectContaining({ headers: { [CSRF_HEADER.name]: CSRF_HEADER.value } }));
  });

  it('keeps JSON and bearer headers beside it', async () => {
    const fetcher = answer(201, { id: 'x' });
    await expect(apiFetch('/api/x', { body: { a: 1 }, bearer: 'token', fetchImpl: fetcher as unknown as typeof fetch })).resolves.toEqual({ id: 'x' });
    expect(fetcher).toHaveBeenCalledWith('/api/x', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { [CSRF_HEADER.name]: CSRF_HEADER.value, 'content-type': 'application/json', authorization: 'Bearer token' },
      body: '{"a":1}',
    });
  });

  it('turns a refusal into an ApiError with its code', async () => {
    const fetcher = answer(403, { statusCode: 403, code: 'FORBIDDEN', message: 'no' });
    const error = await apiFetch('/api/x', { method: 'POST', fetchImpl: fetcher as unknown as typeof fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });
});
