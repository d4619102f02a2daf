import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative } from 'node:path';
import { contentType } from 'mime-types';
import Negotiator from 'negotiator';
import { appHeaderValues, assetHeaderValues, HASHED_ASSET } from '../common/security-headers';
import type { RuntimeConfig } from '../config/runtime-config';

type Headers = Array<[string, string]>;

/** One encoding of a file, with every header its answer carries. */
interface Variant {
  body: Buffer;
  headers: Headers;
}

interface WebFile {
  identity: Variant;
  br?: Variant;
  gzip?: Variant;
  etag: string;
  /** Vite's hashed output: the name changes with the content, so it may be cached for good. */
  immutable: boolean;
  /** What a 304 repeats of the full answer's headers. */
  notModified: Headers;
}

/** Negotiator 1.x takes the server's preference among the encodings a client rates alike; its types predate that. */
type EncodingNegotiator = { encodings(available: string[], options: { preferred: string[] }): string[] };

/** Paths the web apps never own, whatever the SPA router would make of them. */
const NOT_WEB = /^\/(api|health|socket\.io)(\/|$)/;
const HASHED_ASSETS = 'assets/';
/** The console's projector route (webPaths.projector), under /console. */
const PROJECTOR_ROUTE = /^\/projector\/[^/]+\/?$/;

const readIfPresent = (file: string): Buffer | undefined => (existsSync(file) ? readFileSync(file) : undefined);

/** One built file, with the `.br` / `.gz` variants its build wrote beside it and every header of each answer. */
function webFile(file: string, urlPath: string, security: Headers): WebFile {
  const stat = statSync(file);
  const immutable = urlPath.startsWith(`/${HASHED_ASSETS}`);
  const etag = `W/"${stat.size.toString(16)}-${Math.round(stat.mtimeMs).toString(16)}"`;
  const br = readIfPresent(`${file}.br`);
  const gzip = readIfPresent(`${file}.gz`);
  // Hashed files for a year; index.html (and anything unhashed) revalidated on every load, so a new build is
  // picked up at once while its unchanged assets stay cached.
  const common: Headers = [
    ...security,
    ['Content-Type', contentType(extname(file)) || 'application/octet-stream'],
    ['Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache'],
    ['ETag', etag],
    ...(br || gzip ? [['Vary', 'Accept-Encoding'] as [string, string]] : []),
  ];
  const variant = (body: Buffer, encoding?: string): Variant => ({
    body,
    headers: [...common, ...(encoding ? [['Content-Encoding', encoding] as [string, string]] : []), ['Content-Length', String(body.length)]],
  });
  return {
    identity: variant(readFileSync(file)),
    br: br && variant(br, 'br'),
    gzip: gzip && variant(gzip, 'gzip'),
    etag,
    immutable,
    notModified: common,
  };
}

/** Every file of a built app by its URL path, read into memory once, at start (both apps with their variants are about 2 MB). */
function scan(root: string, urlPrefix: string, security: { document: Headers; asset: Headers }): Map<string, WebFile> {
  const found = new Map<string, WebFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (!/\.(br|gz)$/.test(name)) {
        const path = `/${relative(root, file).split('\\').join('/')}`;
        found.set(path, webFile(file, path, HASHED_ASSET.test(urlPrefix + path) ? security.asset : security.document));
      }
    }
  };
  walk(root);
  return found;
}

/**
 * Serves the built web apps: the staff console under /console, the attendee app everywhere else, each route of
 * their routers answered with its index.html. Files are listed and read once at start, and only listed paths are
 * served. It answers in front of Express (see inFrontOfExpress): when a room scans the QR code at once, every phone
 * loads the page and its scripts in the same seconds, and Express's routing, helmet and a file read per request
 * cost the api more CPU than the joins that follow (bench/README.md, "The page a room loads at once").
 */
export class WebApps {
  private readonly consoleFiles: Map<string, WebFile> | null;
  private readonly audienceFiles: Map<string, WebFile> | null;

  constructor(web: RuntimeConfig['web'], publicUrl: string) {
    const security = { document: appHeaderValues(publicUrl), asset: assetHeaderValues(publicUrl) };
    this.consoleFiles = web.consoleDir ? scan(web.consoleDir, '/console', security) : null;
    this.audienceFiles = web.audienceDir ? scan(web.audienceDir, '', security) : null;
  }

  /** Answers a GET or HEAD for a web app's file or route; anything else is passed on to Express. */
  readonly answer = (req: IncomingMessage, res: ServerResponse, passOn: () => void): void => {
    const file = this.fileFor(req);
    if (!file) return passOn();
    if (!file.immutable && req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, file.notModified).end();
      return;
    }
    // Browsers list gzip before br without preferring either ("gzip, deflate, br, zstd"): the smaller one is sent.
    const offered = [file.br && 'br', file.gzip && 'gzip'].filter((e): e is string => Boolean(e));
    const [encoding] =
      offered.length > 0 ? (new Negotiator(req) as unknown as EncodingNegotiator).encodings([...offered, 'identity'], { preferred: offered }) : [];
    const chosen = (encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : undefined) ?? file.identity;
    res.writeHead(200, chosen.headers).end(req.method === 'HEAD' ? undefined : chosen.body);
  };

  private fileFor(req: IncomingMessage): WebFile | undefined {
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
    const url = req.url ?? '';
    // Only origin-form targets ("/path?query"), as browsers send; anything else is Express's to judge.
    if (!url.startsWith('/')) return undefined;
    const pathname = url.split('?')[0];
    const isConsole = pathname === '/console' || pathname.startsWith('/console/');
    if (!isConsole && NOT_WEB.test(pathname)) return undefined;
    const files = isConsole ? this.consoleFiles : this.audienceFiles;
    if (!files) return undefined;
    const path = isConsole ? pathname.slice('/console'.length) || '/' : pathname;
    const file = files.get(path);
    if (file) return file;
    // A missing hashed file is a stale page asking for an old build: Express's 404, not the app's HTML in its place.
    if (path.startsWith(`/${HASHED_ASSETS}`)) return undefined;
    // The projector has a page of its own (it loads none of the staff pages' code); a build without one has the route.
    return (isConsole && PROJECTOR_ROUTE.test(path) && files.get('/projector.html')) || files.get('/index.html');
  }
}
