import { normalizePublicCode } from '@mufakat/contracts';
import { normalizeJoinCode } from './join-code';

export type PublicPage = 'organisation' | 'unit' | 'forum';

export type Route =
  | { name: 'home' }
  | { name: 'join'; code: string }
  | { name: 'version'; code: string }
  | { name: 'verify' }
  | { name: 'organisations' }
  | { name: PublicPage; id: string };

const PUBLIC_PAGES: Record<string, PublicPage> = { organisasi: 'organisation', unit: 'unit', forum: 'forum' };

/**
 * A few screens do not need a router: `/j/CODE` joins a forum, `/v/CODE` shows an issued document version,
 * `/verify` checks a file, `/publik/...` follows a region's commitments; anything else asks for a code.
 */
export function matchRoute(pathname: string): Route {
  if (/^\/verify\/?$/.test(pathname)) return { name: 'verify' };
  if (/^\/publik\/?$/.test(pathname)) return { name: 'organisations' };
  const follow = /^\/publik\/(organisasi|unit|forum)\/([^/]+)\/?$/.exec(pathname);
  if (follow) {
    const id = safeDecode(follow[2]);
    return id ? { name: PUBLIC_PAGES[follow[1]], id } : { name: 'home' };
  }
  const version = /^\/v\/([^/]+)\/?$/.exec(pathname);
  if (version) {
    const code = normalizePublicCode(safeDecode(version[1]) ?? '');
    return code ? { name: 'version', code } : { name: 'home' };
  }
  const match = /^\/j\/([^/]+)\/?$/.exec(pathname);
  if (!match) return { name: 'home' };
  let raw: string;
  try {
    raw = decodeURIComponent(match[1]);
  } catch {
    return { name: 'home' };
  }
  const code = normalizeJoinCode(raw);
  return code ? { name: 'join', code } : { name: 'home' };
}

function safeDecode(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
