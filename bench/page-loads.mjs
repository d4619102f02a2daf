// A room loading the attendee page at once, before anyone joins: each phone fetches the join page, the files it
// names, the forum's join info (which the page asks for) and the live forum's chunk (which the registration form
// prefetches), over a keep-alive connection of its own, as a browser that has not been to the site before.
// Open loop: phone i starts at i · seconds / phones.
// Reported: the api's CPU per phone (its process, from /proc) and each phone's time until its last file arrived.
// The api runs as `npm start` runs it (embedded database, fresh DATA_DIR), on core 0; the phones on core 1.
//
//   node bench/page-loads.mjs [--api=apps/api/dist/main.js] [--phones=2000] [--seconds=4] [--runs=3]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { apiPaths } from '@mufakat/contracts';
import { cpuSecondsOf, freePort, pinning, repoRoot, spawnPinned } from './lib/processes.mjs';
import { setupForum } from './lib/scenarios.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const apiMain = resolve(repoRoot, args.api ?? 'apps/api/dist/main.js');
const phones = Number(args.phones ?? 2000);
const seconds = Number(args.seconds ?? 4);
const runs = Number(args.runs ?? 3);
if (!existsSync(apiMain)) throw new Error(`${apiMain} is missing: build first (npx nx run-many -t build)`);

const pin = pinning();
if (pin.enabled) spawnSync('taskset', ['-p', '-c', pin.generator, String(process.pid)], { stdio: 'ignore' });
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-page-loads-'));
const api = spawnPinned(pin, pin.server, [apiMain], {
  cwd: repoRoot,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'production' },
  stdio: 'ignore',
});
// taskset execs node in place: the api's pid is the child's.
const cpuMs = () => cpuSecondsOf(api.pid) * 1000;

/** One GET on the phone's agent, as Chrome asks over plain http (the embedded mode): gzip, no brotli. */
function fetchBody(agent, path) {
  return new Promise((done, fail) => {
    const req = get(url + path, { agent, headers: { 'accept-encoding': 'gzip, deflate' } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        res.statusCode === 200
          ? done({ body: Buffer.concat(chunks), encoding: res.headers['content-encoding'] })
          : fail(new Error(`${path}: ${res.statusCode}`)),
      );
    });
    req.on('error', fail);
  });
}
const text = ({ body, encoding }) => (encoding === 'gzip' ? gunzipSync(body) : body).toString('utf8');

try {
  for (let waited = 0; ; waited += 200) {
    if (waited > 60_000) throw new Error('the api did not start');
    const up = await fetchBody(new Agent(), '/health').then(
      () => true,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const { joinCode } = await setupForum(url);
  const pagePath = `/j/${joinCode}`;
  const page = text(await fetchBody(new Agent(), pagePath));
  const named = [...page.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  const entry = text(
    await fetchBody(
      new Agent(),
      named.find((path) => path.endsWith('.js')),
    ),
  );
  const live = /LiveForumPage-[\w-]+\.js/.exec(entry)?.[0];
  const files = [...named, apiPaths.joinInfo(joinCode), ...(live ? [`/assets/${live}`] : [])];
  console.log(`${url}: a phone loads ${pagePath}, then ${files.join(', ')}`);

  const phone = async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 6 });
    const start = performance.now();
    try {
      await fetchBody(agent, pagePath);
      await Promise.all(files.map((path) => fetchBody(agent, path)));
      return performance.now() - start;
    } finally {
      agent.destroy();
    }
  };
  for (let run = 1; run <= runs; run++) {
    const before = cpuMs();
    const times = [];
    let failed = 0;
    await Promise.all(
      Array.from({ length: phones }, (_, i) =>
        new Promise((r) => setTimeout(r, (i * seconds * 1000) / phones)).then(phone).then(
          (ms) => times.push(ms),
          () => failed++,
        ),
      ),
    );
    const cpu = (cpuMs() - before) / phones;
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(times.length * q))]?.toFixed(0);
    console.log(
      `run ${run}: ${phones} phones in ${seconds} s, ${failed} failed; api CPU ${cpu.toFixed(2)} ms per phone; page loaded p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`,
    );
  }
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
