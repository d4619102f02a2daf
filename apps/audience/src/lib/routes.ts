import { normalizeJoinCode } from './join-code';

export type Route = { name: 'home' } | { name: 'join'; code: string };

/** Two screens do not need a router: `/j/CODE` joins a forum, anything else asks for a code. */
export function matchRoute(pathname: string): Route {
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
