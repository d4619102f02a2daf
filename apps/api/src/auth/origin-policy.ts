import { CSRF_HEADER } from '@mufakat/contracts';

type Headers = Record<string, string | string[] | undefined>;

/** `Sec-Fetch-Site` values of a request the page itself made, or the user typed. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * Which browser pages may use a staff session: pages of the public URL, and pages of the very origin the request
 * reached (`http://localhost:3000` on the organiser's laptop, the LAN address in the embedded mode, the Vite dev
 * server that proxies to the api). Another port of the same host is another origin, and so is refused, though it is
 * the same *site*: SameSite cookies cannot tell it apart, which is why this check exists.
 *
 * A request with neither `Origin` nor `Sec-Fetch-Site` did not come from a page: browsers send `Origin` on every
 * cross-origin request, every POST and every WebSocket, and `Sec-Fetch-Site` on all requests. Scripts, curl and the
 * test clients send neither and are let through on the cookie alone, which only its holder has. (An old browser
 * that sends neither on a cross-site form post would pass too; none still in use does.)
 */
export class OriginPolicy {
  private readonly publicOrigin: string;

  constructor(publicUrl: string) {
    this.publicOrigin = new URL(publicUrl).origin;
  }

  /**
   * Why the request must be refused, or null. `scheme` is how the request reached the api (Express's
   * `req.protocol`, or the proxy's `X-Forwarded-Proto` where it is trusted). With `requireHeader`, a browser must
   * also send CSRF_HEADER, which no cross-site form can.
   */
  refusal(headers: Headers, scheme: string, options: { requireHeader: boolean }): string | null {
    const origin = single(headers.origin);
    const fetchSite = single(headers['sec-fetch-site']);
    if (origin === undefined && fetchSite === undefined) return null;
    if (origin !== undefined) {
      if (!this.allows(origin, scheme, single(headers.host))) return `Requests from ${origin} may not use a staff session`;
    } else if (!OWN_FETCH_SITES.has(fetchSite as string)) {
      return `A ${fetchSite} request may not use a staff session`;
    }
    if (options.requireHeader && single(headers[CSRF_HEADER.name]) !== CSRF_HEADER.value) {
      return `The ${CSRF_HEADER.name} header is missing: only the Mufakat console may change things with a staff session`;
    }
    return null;
  }

  private allows(origin: string, scheme: string, host: string | undefined): boolean {
    if (origin === this.publicOrigin) return true;
    return host !== undefined && origin === originOf(`${scheme}://${host}`);
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The serialised origin, as a browser writes it in `Origin` (lower case, no default port); null when malformed. */
function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
