import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

type Directives = Record<string, string[]>;

/**
 * The web apps are Vite builds with no inline script or style (React sets styles through the DOM, which CSP
 * allows), so everything comes from this origin; `data:` images are the empty favicon and a drawn signature, `blob:`
 * images the Berita Acara's pages a representative reads (fetched with their attendee token, which an <img> cannot send).
 */
function appDirectives(publicUrl: URL): Directives {
  const socketOrigin = `${publicUrl.protocol === 'https:' ? 'wss' : 'ws'}://${publicUrl.host}`;
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    // 'self' covers same-origin websockets in current browsers; the public origin is named for older ones.
    'connect-src': ["'self'", socketOrigin],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // On plain http (the embedded mode on a venue's network) this would send every asset request to https.
    ...(publicUrl.protocol === 'https:' ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

function headers(publicUrl: URL, directives: Directives): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    frameguard: { action: 'deny' },
    // Projector links carry their key in the query string: never send a URL to another origin.
    referrerPolicy: { policy: 'same-origin' },
    // Only where the public URL is https: over the embedded mode's http it would lock phones out for a year.
    strictTransportSecurity: publicUrl.protocol === 'https:' ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: false } : false,
  });
}

/** The web apps' hashed scripts and styles (see web/web-apps.ts). */
export const HASHED_ASSET = /^(\/console)?\/assets\/[^/]+\.(js|css)$/;

/**
 * A script or style is no document: a CSP, framing or referrer policy on it governs nothing, and over the embedded
 * mode's HTTP/1.1 (no header compression) those headers were ~500 bytes of every asset a phone downloads. It keeps
 * what applies to a subresource: no sniffing, same-origin only, and HSTS behind TLS.
 */
function assetHeaders(publicUrl: URL): RequestHandler {
  return helmet({
    contentSecurityPolicy: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    referrerPolicy: false,
    strictTransportSecurity: publicUrl.protocol === 'https:' ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: false } : false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xFrameOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
}

/** The headers a helmet handler gives a response, as values: none depends on the request. */
function headerValues(handler: RequestHandler): Array<[string, string]> {
  const values: Array<[string, string]> = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => values.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  let done = false;
  handler({} as Request, recorder as unknown as Response, () => (done = true));
  if (!done) throw new Error('The security headers did not finish synchronously');
  return values;
}

/**
 * The headers the app's set gives a response, as values, so a handler that answers in front of Express (the
 * registration's fast path, the web apps' files) sends the same ones without running helmet each time.
 */
export function appHeaderValues(publicUrl: string): Array<[string, string]> {
  const url = new URL(publicUrl);
  return headerValues(headers(url, appDirectives(url)));
}

/** The lean set of a hashed script or style (see assetHeaders), as values. */
export function assetHeaderValues(publicUrl: string): Array<[string, string]> {
  return headerValues(assetHeaders(new URL(publicUrl)));
}

/** CSP, framing, sniffing, referrer and (behind TLS) HSTS headers on every HTTP response; the lean set on hashed assets. */
export function securityHeaders(publicUrl: string): RequestHandler {
  const url = new URL(publicUrl);
  const app = headers(url, appDirectives(url));
  const assets = assetHeaders(url);
  // Swagger UI's page has inline <style> blocks; it is the one page allowed them.
  const docs = headers(url, { ...appDirectives(url), 'style-src': ["'self'", "'unsafe-inline'"] });
  return (req, res, next) =>
    (req.path === '/api/docs' || req.path.startsWith('/api/docs/') ? docs : HASHED_ASSET.test(req.path) ? assets : app)(req, res, next);
}
