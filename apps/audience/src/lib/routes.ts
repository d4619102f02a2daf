import { normalizePublicCode } from '@mufakat/contracts';
import { normalizeJoinCode } from './join-code';

export type Route = { name: 'home' } | { name: 'join'; code: string } | { name: 'version'; code: string } | { name: 'verify' };

/**
 * A few screens do not need a router: `/j/CODE` joins a forum, `/v/CODE` shows an issued document version,
 * `/verify` checks a file; anything else asks for a code.
 */
export function matchRoute(pathname: string): Route {
  if (/^\/verify\/?$/.test(pathname)) return { name: 'verify' };
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
