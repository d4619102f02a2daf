import { apiFetch } from '@mufakat/client';
import { apiPaths, type DocumentPagesView } from '@mufakat/contracts';

/**
 * The version's pages as object URLs, in order: the images are rendered from the very PDF being signed, and fetched
 * with the attendee token (an <img> cannot send it), so only a representative reads them.
 */
export async function loadDocumentPages(forumId: string, attendeeToken: string, documentId: string, fetchImpl: typeof fetch = fetch): Promise<string[]> {
  const { pages } = await apiFetch<DocumentPagesView>(apiPaths.documentPages(forumId, documentId), { bearer: attendeeToken, fetchImpl });
  const urls: string[] = [];
  for (let page = 1; page <= pages; page += 1) {
    const response = await fetchImpl(apiPaths.documentPage(forumId, documentId, page), { headers: { authorization: `Bearer ${attendeeToken}` } });
    if (!response.ok) throw new Error(`page ${page}: ${response.status}`);
    urls.push(URL.createObjectURL(await response.blob()));
  }
  return urls;
}
