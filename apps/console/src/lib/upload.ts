import { apiFetch } from '@mufakat/client';

/** POSTs multipart/form-data (a photo and its caption) with the session cookie; rejects with an ApiError. */
export function postFormData<T>(path: string, form: FormData, fetcher: typeof fetch = fetch): Promise<T> {
  return apiFetch<T>(path, { body: form, fetchImpl: fetcher });
}
