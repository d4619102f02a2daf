import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { inFrontOfExpress } from '../common/in-front-of-express';
import { WebApps } from './web-apps';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A built app as Vite and the build's compression step leave it: a page, a hashed script with its variants. */
function builtApp(root: string, page: string): void {
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), page);
  const script = 'console.log("mufakat");'.repeat(20);
  writeFileSync(join(root, 'assets', 'index-AbC123.js'), script);
  writeFileSync(join(root, 'assets', 'index-AbC123.js.br'), brotliCompressSync(script));
  writeFileSync(join(root, 'assets', 'index-AbC123.js.gz'), gzipSync(script));
}

describe(WebApps.name, () => {
  let dir: string;
  let server: Server;
  let url: string;
  /** What reached the listener behind (Express in the api). */
  let passedOn: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mufakat-web-'));
    builtApp(join(dir, 'audience'), '<!doctype html><title>Peserta</title>');
    builtApp(join(dir, 'console'), '<!doctype html><title>Konsol</title>');
    writeFileSync(join(dir, 'console', 'projector.html'), '<!doctype html><title>Proyektor</title>');
    server = createServer((req, res) => {
      passedOn.push(`${req.method} ${req.url}`);
      res.writeHead(404).end('express');
    });
    const web = new WebApps({ audienceDir: join(dir, 'audience'), consoleDir: join(dir, 'console') }, 'https://forum.example.go.id');
    inFrontOfExpress(server, web.answer);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  beforeEach(() => (passedOn = []));

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const ask = (path: string, options: { method?: string; headers?: Record<string, string> } = {}) =>
    new Promise<Answer>((resolve, reject) => {
      const req = request(url + path, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('latin1') }));
      });
      req.on('error', reject);
      req.end();
    });

  it("answers every route of the attendee app with its page and the document's security headers", async () => {
    for (const path of ['/', '/j/ABCDEF', '/j/ABCDEF?ref=qr']) {
      const page = await ask(path, { headers: { 'accept-encoding': 'identity' } });
      expect(page).toMatchObject({ status: 200, body: '<!doctype html><title>Peserta</title>' });
      expect(page.headers).toMatchObject({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'x-frame-options': 'DENY',
        'strict-transport-security': 'max-age=31536000',
        'content-length': '37',
      });
      expect(page.headers['content-security-policy']).toContain("connect-src 'self' wss://forum.example.go.id");
    }
    expect(passedOn).toEqual([]);
  });

  it('serves a hashed script in the encoding asked for, cached for a year, with the lean headers', async () => {
    // Chrome's header over https: gzip listed first, none preferred; brotli is the smaller.
    const br = await ask('/assets/index-AbC123.js', { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(br.headers).toMatchObject({ 'content-encoding': 'br', vary: 'Accept-Encoding', 'cache-control': 'public, max-age=31536000, immutable' });
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers['content-security-policy']).toBeUndefined();
    expect(br.headers['x-content-type-options']).toBe('nosniff');
    expect((await ask('/assets/index-AbC123.js', { headers: { 'accept-encoding': 'br;q=0.5, gzip' } })).headers['content-encoding']).toBe('gzip');
    const gzip = await ask('/assets/index-AbC123.js?v=2', { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(Number(gzip.headers['content-length'])).toBe(Buffer.from(gzip.body, 'latin1').length);
    const plain = await ask('/assets/index-AbC123.js', { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log("mufakat");'.repeat(20));
  });

  it('answers HEAD with the headers and no body, and revalidates a page by its ETag', async () => {
    const head = await ask('/assets/index-AbC123.js', { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(head.headers['content-length']).toBe(String('console.log("mufakat");'.length * 20));
    const page = await ask('/');
    const again = await ask('/', { headers: { 'if-none-match': page.headers.etag as string } });
    expect(again).toMatchObject({ status: 304, body: '' });
    expect(again.headers.etag).toBe(page.headers.etag);
    // A hashed file never changes under its name: no revalidation to answer.
    const script = await ask('/assets/index-AbC123.js', { headers: { 'if-none-match': head.headers.etag as string } });
    expect(script.status).toBe(200);
  });

  it("gives the console's routes the staff app, and the projector's route its own page", async () => {
    expect((await ask('/console', { headers: { 'accept-encoding': 'identity' } })).body).toBe('<!doctype html><title>Konsol</title>');
    expect((await ask('/console/forums/x', { headers: { 'accept-encoding': 'identity' } })).body).toBe('<!doctype html><title>Konsol</title>');
    expect((await ask('/console/projector/abc', { headers: { 'accept-encoding': 'identity' } })).body).toBe('<!doctype html><title>Proyektor</title>');
    expect((await ask('/console/assets/index-AbC123.js', { headers: { 'accept-encoding': 'br' } })).headers['content-encoding']).toBe('br');
  });

  it('leaves the api, other methods, unknown hashed files and other request targets to Express', async () => {
    const left = [
      ask('/api/join/ABCDEF'),
      ask('/health'),
      ask('/socket.io/?EIO=4&transport=polling'),
      ask('/j/ABCDEF', { method: 'POST' }),
      ask('/assets/index-Old999.js'),
      ask('/console/assets/missing.js'),
    ];
    for (const answer of await Promise.all(left)) expect(answer).toMatchObject({ status: 404, body: 'express' });
    expect(passedOn.sort()).toEqual(
      [
        'GET /api/join/ABCDEF',
        'GET /health',
        'GET /socket.io/?EIO=4&transport=polling',
        'POST /j/ABCDEF',
        'GET /assets/index-Old999.js',
        'GET /console/assets/missing.js',
      ].sort(),
    );
  });
});
