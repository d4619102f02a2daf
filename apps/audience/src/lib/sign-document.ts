import { ApiError } from '@mufakat/client';
import { apiPaths, type ApiErrorBody, type SignDocumentRequest, type SigningTask } from '@mufakat/contracts';

/**
 * POSTs a signature with the attendee token as a bearer credential, which `apiFetch` (cookie only) cannot
 * send. Resolves with the updated task; rejects with an ApiError like `apiFetch`.
 */
export async function postSignature(
  forumId: string,
  attendeeToken: string,
  request: SignDocumentRequest,
  fetchImpl: typeof fetch = fetch,
): Promise<SigningTask> {
  let response: Response;
  try {
    response = await fetchImpl(apiPaths.signatures(forumId), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${attendeeToken}` },
      body: JSON.stringify(request),
    });
  } catch {
    throw new ApiError(0, 'UNAVAILABLE', 'Network error');
  }
  const body = (await response.json().catch(() => undefined)) as Partial<ApiErrorBody> | undefined;
  if (response.ok) return body as SigningTask;
  throw new ApiError(response.status, body?.code ?? 'INTERNAL', body?.message ?? response.statusText, body?.details ?? []);
}
