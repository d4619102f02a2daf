import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Request, RequestHandler, Response } from 'express';
import type { RuntimeConfig } from '../config/runtime-config';

interface Variant {
  file: string;
  size: number;
}

interface WebFile {
  identity: Variant;
  br?: Variant;
  gzip?: Variant;
  etag: string;
  /** Vite's hashed output: the name changes with the content, so it may be cached for good. */
  immutable: boolean;
}

/** Paths the web apps never own, whatever the SPA router would make of them. */
const NOT_WEB = /^\/(api|health|socket\.io)(\/|$)/;
const HASHED_ASSETS = 'assets/';
/** The console's projector route (webPaths.projector), under /console. */
const PROJECTOR_ROUTE = /^\/projector\/[^/]+\/?$/;

function variant(file: string): Variant | undefined {
  return existsSync(file) ? { file, size: statSync(file).size } : undefined;
}

/** Every file of a built app by its URL path, with the `.br` / `.gz` variants its build wrote beside it. */
function scan(root: string): Map<string, WebFile> {
  const found = new Map<string, WebFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (!/\.(br|gz)$/.test(name)) {
        const stat = statSync(file);
        const path = relative(root, file).split('\\').join('/');
        found.set(`/${path}`, {
          identity: { file, size: stat.size },
          br: variant(`${file}.br`),
          gzip: variant(`${file}.gz`),
          etag: `W/"${stat.size.toString(16)}-${Math.round(stat.mtimeMs).toString(16)}"`,
          immutable: path.startsWith(HASHED_ASSETS),
        });
      }
    }
  };
  walk(root);
  return found;
}

function send(req: Request, res: Response, asset: WebFile): void {
  res.type(extname(asset.identity.file));
  // Hashed files for a year; index.html (and anything unhashed) revalidated on every load, so a new build is
  // picked up at once while its unchanged assets stay cached.
  res.setHeader('Cache-Control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  res.setHeader('ETag', asset.etag);
  if (asset.br || asset.gzip) res.setHeader('Vary', 'Accept-Encoding');
  if (!asset.immutable && req.headers['if-none-match'] === asset.etag) {
    res.status(304).end();
    return;
  }
  const offered = [asset.br && 'br', asset.gzip && 'gzip'].filter((e): e is string => Boolean(e));
  const encoding = offered.length > 0 ? req.acceptsEncodings(...offered, 'identity') : 'identity';
  const chosen = (encoding === 'br' ? asset.br : encoding === 'gzip' ? asset.gzip : undefined) ?? asset.identity;
  if (chosen !== asset.identity) res.setHeader('Content-Encoding', encoding as string);
  res.setHeader('Content-Length', String(chosen.size));
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(chosen.file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Serves the built web apps: the staff console under /console, the attendee app everywhere else, each route of
 * their routers answered with its index.html. Files are listed once at start and only listed paths are served.
 */
export function webApps(web: RuntimeConfig['web']): RequestHandler {
  const consoleFiles = web.consoleDir ? scan(web.consoleDir) : null;
  const audienceFiles = web.audienceDir ? scan(web.audienceDir) : null;
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const isConsole = req.path === '/console' || req.path.startsWith('/console/');
    if (!isConsole && NOT_WEB.test(req.path)) return next();
    const files = isConsole ? consoleFiles : audienceFiles;
    if (!files) return next();
    const path = isConsole ? req.path.slice('/console'.length) || '/' : req.path;
    const file = files.get(path);
    if (file) return send(req, res, file);
    // A missing hashed file is a stale page asking for an old build: a 404, not the app's HTML in its place.
    if (path.startsWith(`/${HASHED_ASSETS}`)) return next();
    // The projector has a page of its own (it loads none of the staff pages' code); a build without one has the route.
    const page = (isConsole && PROJECTOR_ROUTE.test(path) && files.get('/projector.html')) || files.get('/index.html');
    return page ? send(req, res, page) : next();
  };
}
