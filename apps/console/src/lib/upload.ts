import { ApiError } from '@mufakat/client';
import type { ApiErrorBody } from '@mufakat/contracts';

/**
 * POSTs multipart/form-data (a photo and its caption) with the session cookie. `apiFetch` only sends JSON;
 * this keeps its error contract: a failed request throws ApiError with the server's code, message and details.
 * The browser sets the multipart boundary itself, so no content type is given here.
 */
export async function postFormData<T>(path: string, form: FormData, fetcher: typeof fetch = fetch): Promise<T> {
  let response: Response;
  try {
    response = await fetcher(path, { method: 'POST', credentials: 'same-origin', body: form });
  } catch {
    throw new ApiError(0, 'UNAVAILABLE', 'Network error');
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const body = json as Partial<ApiErrorBody> | undefined;
    throw new ApiError(response.status, body?.code ?? 'INTERNAL', body?.message ?? response.statusText, body?.details ?? []);
  }
  return json as T;
}
