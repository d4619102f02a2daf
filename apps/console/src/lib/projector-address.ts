/** The path the projector is served under (see webPaths.projector): the api answers it with projector.html. */
export const PROJECTOR_PATH = /^\/console\/projector\/([^/]+)\/?$/;

/** The forum and read-only key a projector link names; an empty forum id or a null key when the link lacks them. */
export function projectorAddress(pathname: string, search: string): { forumId: string; projectorKey: string | null } {
  const encoded = PROJECTOR_PATH.exec(pathname)?.[1] ?? '';
  let forumId: string;
  try {
    forumId = decodeURIComponent(encoded);
  } catch {
    forumId = '';
  }
  return { forumId, projectorKey: new URLSearchParams(search).get('key') };
}
