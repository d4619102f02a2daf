// The processes of a run: generator workers on one core, the server under test on the other, each with an IPC
// channel the coordinator uses for commands (generators) or for readings (the probe preloaded into servers).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep } from './stats.mjs';

export const benchDir = new URL('..', import.meta.url).pathname;
export const repoRoot = new URL('../..', import.meta.url).pathname;

/** taskset needs two cores to be worth it: the server gets core 0, the generator core 1. */
const cores = () => Number(spawnSync('nproc', ['--all']).stdout?.toString().trim() || 1);

export function pinning() {
  const available = spawnSync('taskset', ['--version']).status === 0;
  const cores = Number(spawnSync('nproc').stdout?.toString().trim() || 1);
  return { enabled: available && cores >= 2, server: '0', generator: '1', reason: available ? `${cores} cores` : 'taskset not found' };
}

export function spawnPinned(pin, core, args, options) {
  return pin.enabled ? spawn('taskset', ['-c', core, process.execPath, ...args], options) : spawn(process.execPath, args, options);
}

class Rpc {
  constructor(child, label) {
    this.child = child;
    this.label = label;
    this.next = 1;
    this.waiting = new Map();
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    child.on('message', (message) => {
      const id = message?.id ?? message?.probeReply;
      const waiter = this.waiting.get(id);
      if (!waiter) return;
      this.waiting.delete(id);
      if (message.ok) waiter.resolve(message.result);
      else waiter.reject(new Error(`${label}: ${message.error}`));
    });
    void this.exited.then(({ code, signal }) => {
      for (const waiter of this.waiting.values()) waiter.reject(new Error(`${label} exited (${code ?? signal}) while a command was running`));
      this.waiting.clear();
    });
  }

  send(message) {
    const id = this.next++;
    if (process.env.BENCH_DEBUG) console.error(`[rpc] → ${this.label} #${id} ${message.cmd ?? message.probe}`);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {
        resolve: (value) => {
          if (process.env.BENCH_DEBUG) console.error(`[rpc] ← ${this.label} #${id}`);
          resolve(value);
        },
        reject,
      });
      this.child.send({ ...message, id }, (error) => {
        if (error) {
          this.waiting.delete(id);
          reject(error);
        }
      });
    });
  }
}

/** A load-generator worker process. */
export class Generator extends Rpc {
  static start(index, pin) {
    const child = spawnPinned(pin, pin.generator, [join(benchDir, 'lib/generator.mjs')], {
      cwd: benchDir,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    return new Generator(child, `generator ${index}`);
  }

  call(cmd, args) {
    return this.send({ cmd, args });
  }

  stop() {
    this.child.disconnect?.();
    return this.exited;
  }
}

/** A server under test (the api or the baseline) with the probe preloaded. */
export class ServerProcess extends Rpc {
  static async start({ kind, port, pin, databaseUrl, apiMain, experiments = [], baselineAttendance = 'coalesced' }) {
    const log = join(tmpdir(), `mufakat-bench-${kind}-${process.pid}-${port}.log`);
    const out = createWriteStream(log);
    const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' };
    let args;
    let dataDir = join(tmpdir(), `mufakat-bench-data-${process.pid}`);
    if (kind.startsWith('api')) {
      Object.assign(env, {
        DATABASE_URL: databaseUrl,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        SESSION_SECRET: 'bench-session-secret-bench-session-secret-0123456789',
        DATA_DIR: dataDir,
        // The join burst is thousands of attendees from one address on purpose: it measures the api, not its limits.
        REGISTRATIONS_PER_ADDRESS: '1000000',
        REGISTRATIONS_PER_FORUM: '1000000',
      });
      delete env.REDIS_URL;
      // `api-embedded`: what `npm start` runs — no DATABASE_URL, the api starts its own PostgreSQL in a fresh DATA_DIR.
      if (kind === 'api-embedded') {
        delete env.DATABASE_URL;
        delete env.SESSION_SECRET;
        dataDir = env.DATA_DIR = join(tmpdir(), `mufakat-bench-embedded-${process.pid}-${port}`);
        rmSync(dataDir, { recursive: true, force: true });
      }
      // `api-redis`: the same single replica with the Socket.IO Redis adapter, to see what Redis adds.
      if (kind === 'api-redis') env.REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
      const preloads = ['lib/probe.cjs', ...experiments.map((name) => `experiments/${name}.cjs`)];
      args = ['--expose-gc', ...preloads.flatMap((file) => ['--require', join(benchDir, file)]), apiMain];
    } else {
      env.BASELINE_ATTENDANCE = baselineAttendance;
      args = ['--expose-gc', join(benchDir, 'baseline-server.mjs')];
    }
    const child = spawnPinned(pin, pin.server, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    const server = new ServerProcess(child, kind);
    server.kind = kind;
    server.url = `http://127.0.0.1:${port}`;
    server.log = log;
    server.dataDir = kind === 'api-embedded' ? dataDir : null;
    const deadline = Date.now() + 90_000;
    for (;;) {
      const exited = await Promise.race([server.exited, sleep(250).then(() => null)]);
      if (exited) throw new Error(`${kind} exited (${exited.code ?? exited.signal}) before serving; log ${log}:\n${tail(log)}`);
      try {
        const response = await fetch(`${server.url}/health`);
        if (response.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${kind} not healthy after 90 s; log ${log}:\n${tail(log)}`);
    }
    // The embedded PostgreSQL inherits the api's core from taskset; like the machine's Postgres in the hosted
    // runs (and like a laptop's), it may use any core. Backends fork from the postmaster and inherit its affinity.
    if (kind === 'api-embedded' && pin.enabled) {
      for (const pid of descendants(server.pid)) spawnSync('taskset', ['-a', '-p', '-c', `0-${cores() - 1}`, pid], { stdio: 'ignore' });
    }
    return server;
  }

  get pid() {
    return this.child.pid;
  }

  probe(name, args) {
    return this.send({ probe: name, args });
  }

  /**
   * VmRSS and VmHWM from /proc, in bytes: what the kernel says, whatever the process thinks. With its database
   * (the embedded mode's PostgreSQL, child processes of the api) `rss` is the api's RSS plus their PSS: each
   * backend maps the same shared buffers, which PSS counts once across them and RSS once per backend.
   */
  procMemory() {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) * 1024;
    const database = descendants(this.pid).reduce((sum, pid) => sum + pss(pid), 0);
    return { rss: kb('VmRSS') + database, apiRss: kb('VmRSS'), databasePss: database, hwm: kb('VmHWM') };
  }

  /** The embedded database's URL, from the files the api keeps in DATA_DIR (password, postmaster.pid's port line). */
  embeddedDatabaseUrl() {
    // An older build (--api) with PGlite in its process has no server to reach: its votes are not checked.
    if (!existsSync(join(this.dataDir, 'postgres.password'))) return null;
    const password = readFileSync(join(this.dataDir, 'postgres.password'), 'utf8').trim();
    const port = readFileSync(join(this.dataDir, 'postgres', 'postmaster.pid'), 'utf8')
      .split('\n')[3]
      .trim();
    return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  }

  async stop() {
    this.child.kill('SIGTERM');
    const stopped = await Promise.race([this.exited, sleep(15_000).then(() => null)]);
    if (!stopped) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Every process below `root` (the embedded PostgreSQL's postmaster and its backends). */
function descendants(root) {
  const children = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const ppid = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1];
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // ended meanwhile
    }
  }
  const found = [];
  const walk = (pid) => {
    for (const child of children.get(String(pid)) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

function pss(pid) {
  try {
    return Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

function tail(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '';
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** CPU seconds (user and system) a process has used so far, from /proc. */
export function cpuSecondsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds used so far by each process named `postgres` (all backends, whichever session they serve), by pid. */
export function postgresCpuSeconds() {
  const seconds = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      seconds.set(pid, cpuSecondsOf(pid));
    } catch {
      // the process ended between readdir and read
    }
  }
  return seconds;
}

/**
 * The whole machine's CPU time stolen by the hypervisor (the `steal` column of /proc/stat), in seconds: on a
 * shared VM it tells a busy host apart from a slower server.
 */
export function stealSeconds() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    return Number(fields[8] ?? 0) / 100;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds postgres processes used between two readings: backends that started in between count in full,
 * backends that ended in between (the pool closes idle connections) are missed, so this is a lower bound.
 */
export function postgresCpuSince(before) {
  let total = 0;
  for (const [pid, now] of postgresCpuSeconds()) total += now - (before.get(pid) ?? 0);
  return total;
}
