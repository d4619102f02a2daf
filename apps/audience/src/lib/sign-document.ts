import { apiFetch } from '@mufakat/client';
import { apiPaths, type SignDocumentRequest, type SigningTask } from '@mufakat/contracts';

/** POSTs a signature with the attendee token as a bearer credential; rejects with an ApiError. */
export function postSignature(forumId: string, attendeeToken: string, request: SignDocumentRequest, fetchImpl: typeof fetch = fetch): Promise<SigningTask> {
  return apiFetch<SigningTask>(apiPaths.signatures(forumId), { body: request, bearer: attendeeToken, fetchImpl });
}
