// `npm run bench` — every scenario of the performance issue against the api and against a bare Socket.IO
// baseline in the same run, plus the machine's Postgres ceiling; writes bench/results/<date>.json and .md.
// `npm run bench -- --quick` is the CI smoke test: small sizes, under two minutes, exit 0 unless the harness
// breaks or a correctness check fails (an acknowledged vote not stored, counters or screens disagreeing).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { describeMachine } from './lib/machine.mjs';
import { runPgbench } from './lib/pgbench.mjs';
import { benchDir, freePort, Generator, pinning, repoRoot, ServerProcess } from './lib/processes.mjs';
import { evaluate, markdown } from './lib/report.mjs';
import { sleep } from './lib/stats.mjs';
import { runMinutes } from './lib/minutes.mjs';
import { now, round } from './lib/stats.mjs';

const SIZES = {
  full: {
    workers: 4,
    idle: { attendees: 10_000, settleMs: 3000 },
    join: { attendees: 5000, durationMs: 10_000 },
    fanout: { durationMs: 30_000, hz: 2 },
    vote: {
      questions: 50,
      rate: 1000,
      durationMs: 60_000,
      burst: { count: 5000, durationMs: 2000, atMs: 30_000 },
      samplePerWorker: 5,
    },
    persistence: { attendees: 1000, questions: 100, durationMs: 10_000, concurrency: 64 },
    minutes: { attendees: 1000, questions: 500, polls: 20, items: 50 },
    pgbenchSeconds: 10,
  },
  quick: {
    workers: 2,
    idle: { attendees: 200, settleMs: 500 },
    join: { attendees: 200, durationMs: 2000 },
    fanout: { durationMs: 4000, hz: 2 },
    vote: {
      questions: 10,
      rate: 100,
      durationMs: 4000,
      burst: { count: 200, durationMs: 1000, atMs: 2000 },
      samplePerWorker: 5,
    },
    persistence: { attendees: 100, questions: 20, durationMs: 2000, concurrency: 16 },
    minutes: { attendees: 100, questions: 50, polls: 3, items: 5 },
    pgbenchSeconds: 2,
  },
};

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    heap: { type: 'boolean', default: false },
    experiment: { type: 'string', default: '' },
    set: { type: 'string', multiple: true },
    'baseline-attendance': { type: 'string', default: 'coalesced' },
    api: { type: 'string' },
    only: { type: 'string', default: 'idle,join,fanout,vote,persistence,minutes' },
    target: { type: 'string', default: 'baseline,api,api-embedded' },
    workers: { type: 'string' },
    'no-pgbench': { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    out: { type: 'string' },
    render: { type: 'string' },
  },
});

const started = now();
const sizes = structuredClone(args.quick ? SIZES.quick : SIZES.full);
if (args.workers) sizes.workers = Number(args.workers);
// --set=vote.saturation.durationMs=20000 (repeatable): change one size for an investigation.
for (const assignment of args.set ?? []) {
  const [path, value] = assignment.split('=');
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((object, key) => object[key], sizes);
  parent[keys.at(-1)] = Number(value);
}
const only = new Set(args.only.split(','));
const targets = args.target.split(',');
const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const log = (line) => console.log(`[bench ${round((now() - started) / 1000)}s] ${line}`);
const date = new Date().toISOString().slice(0, 10);
const experiments = args.experiment ? args.experiment.split(',') : [];
for (const name of experiments) {
  if (!existsSync(join(benchDir, 'experiments', `${name}.cjs`))) throw new Error(`No experiment bench/experiments/${name}.cjs`);
}
const outName = args.out ?? `${date}${args.quick ? '-quick' : ''}${args.profile ? '-profile' : ''}${experiments.map((e) => `-${e}`).join('')}`;
const resultsDir = join(benchDir, 'results');
const profileDir = args.profile || args.heap ? join(resultsDir, 'profiles', outName) : null;

/** The api build under test: this tree's, or another build given with --api (e.g. an older commit, to compare). */
const apiMain = resolve(args.api ?? join(repoRoot, 'apps/api/dist/main.js'));

/** Builds what the harness itself imports (contracts, persistence, minutes) and, unless --api names one, the api. */
function ensureBuilt() {
  if (args.api && !existsSync(apiMain)) throw new Error(`--api: ${apiMain} does not exist`);
  const libs = ['contracts', 'persistence', 'minutes'].map((lib) => join(repoRoot, `libs/${lib}/dist/index.js`));
  const outputs = args.api ? libs : [apiMain, ...libs];
  if (!args.build && outputs.every((file) => existsSync(file))) return;
  // The api's build builds the libraries it depends on first.
  const project = args.api ? '@mufakat/minutes' : '@mufakat/api';
  log(`building (npx nx run ${project}:build)...`);
  const build = spawnSync('npx', ['nx', 'run', `${project}:build`, '--outputStyle=static'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (build.status !== 0) throw new Error('The build failed; see above');
}

async function main() {
  const pin = pinning();
  const machine = await describeMachine(adminUrl);
  if (machine.loadAverageAtStart[0] > 0.7)
    log(`warning: load average ${machine.loadAverageAtStart.join(', ')}: the machine is not quiet, figures will be noisy`);
  ensureBuilt();
  // Imported once built: the scenarios import @mufakat/contracts, whose dist a fresh clone does not have yet.
  const { Harness, openDatabase } = await import('./lib/scenarios.mjs');
  mkdirSync(resultsDir, { recursive: true });
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const git = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim();
  const apiBuild = { main: apiMain, builtAt: statSync(apiMain).mtime.toISOString() };
  // Another build (--api, an older commit's worktree, say) names its own tree, so its results say which code ran.
  if (args.api) apiBuild.git = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: dirname(apiMain), encoding: 'utf8' }).stdout?.trim() || null;
  const results = {
    date,
    quick: args.quick,
    sizes,
    machine,
    pinning: pin,
    generatorWorkers: sizes.workers,
    git,
    apiBuild,
    pgbench: null,
    targets: {},
    minutes: null,
    experiments,
    baselineAttendance: args['baseline-attendance'],
  };

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const database = `mufakat_bench_${process.pid}`;
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
  const generators = Array.from({ length: sizes.workers }, (_, index) => Generator.start(index, pin));
  let server = null;
  const cleanup = async () => {
    await server?.stop().catch(() => {});
    await Promise.all(generators.map((g) => g.stop().catch(() => {})));
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    await admin.query(`CREATE DATABASE ${database}`);
    await Promise.all(generators.map((g) => g.call('init', { index: 0, workers: 1, url: 'http://127.0.0.1', localAddresses: [] })));

    if (!args['no-pgbench']) {
      log(`pgbench: single-row inserts, 1 and 8 clients, ${sizes.pgbenchSeconds} s each`);
      results.pgbench = await runPgbench({ adminUrl, seconds: sizes.pgbenchSeconds, pin, log });
    }

    const start = async (kind) => {
      server = await ServerProcess.start({
        kind,
        port: await freePort(),
        pin,
        databaseUrl,
        apiMain,
        experiments: kind === 'baseline' ? [] : experiments,
        baselineAttendance: args['baseline-attendance'],
      });
      await Promise.all(
        generators.map((g, index) =>
          g.call('init', {
            index,
            workers: generators.length,
            url: server.url,
            // Source addresses spread over 127.0.0.x so tens of thousands of connections never run out of ports.
            localAddresses: Array.from({ length: 4 }, (_, j) => `127.0.0.${10 + index * 4 + j}`),
          }),
        ),
      );
      log(`${kind} up on ${server.url} (pid ${server.pid})`);
      return new Harness({
        generators,
        server,
        log,
        profileDir: kind.startsWith('api') ? profileDir : null,
        heapSnapshots: args.heap && kind !== 'baseline',
        databaseUrl,
      });
    };
    const stop = async () => {
      await Promise.all(generators.map((g) => g.call('reset')));
      await server.stop();
      server = null;
    };

    for (const kind of targets) {
      const out = (results.targets[kind] = {});
      if (only.has('idle')) {
        const harness = await start(kind);
        log(`${kind}: idle capacity, ${sizes.idle.attendees} attendees`);
        out.idle = await harness.idle(sizes.idle);
        log(`  ${out.idle.connected} connected; heap/connection ${out.idle.heapPerConnectionKiB} KiB, RSS/connection ${out.idle.rssPerConnectionKiB} KiB`);
        await stop();
      }
      if (['join', 'fanout', 'vote', 'persistence'].some((s) => only.has(s))) {
        const harness = await start(kind);
        const url = kind === 'api-embedded' ? server.embeddedDatabaseUrl() : kind.startsWith('api') ? databaseUrl : null;
        const db = url ? await openDatabase(url) : null;
        let forum;
        if (!['join', 'fanout', 'vote'].some((s) => only.has(s))) {
          // persistence alone: it sets up its own forum
        } else if (only.has('join')) {
          // Twice: the first storm after the server starts runs code V8 has not optimised yet (a replica just
          // deployed, a laptop just started); the second finds it as a server that has hosted a forum before does.
          // The first forum's attendees leave in between, so the second storm's forum is the one the scenarios
          // below use, at its stated size.
          log(`${kind}: join storm, ${sizes.join.attendees} attendees in ${sizes.join.durationMs / 1000} s, first after start`);
          out.join = (await harness.joinStorm(sizes.join)).figures;
          log(`  ${out.join.joined} joined, ${out.join.failed} failed; p50 ${out.join.joinMs.p50} ms, p99 ${out.join.joinMs.p99} ms`);
          await harness.all('reset');
          await sleep(2000);
          log(`${kind}: join storm again, to a second forum`);
          const storm = await harness.joinStorm(sizes.join, 'joinWarm');
          forum = storm.forum;
          out.joinWarm = storm.figures;
          log(`  ${out.joinWarm.joined} joined, ${out.joinWarm.failed} failed; p50 ${out.joinWarm.joinMs.p50} ms, p99 ${out.joinWarm.joinMs.p99} ms`);
        } else {
          forum = await harness.setupForum();
          await generators[0].call('staffConnect', { forumId: forum.forumId, cookie: forum.cookie });
          await harness.all('register', { joinCode: forum.joinCode, total: sizes.join.attendees, concurrency: 16 });
          await harness.all('connect', { forumId: forum.forumId, concurrency: 64 });
        }
        if (only.has('fanout')) {
          log(`${kind}: fan-out, ${sizes.fanout.hz} changes/s for ${sizes.fanout.durationMs / 1000} s`);
          out.fanout = await harness.fanout(forum, sizes.fanout);
          log(`  delivered ${out.fanout.deliveredPercent}%; p50 ${out.fanout.latencyMs.p50} ms, p99 ${out.fanout.latencyMs.p99} ms`);
        }
        if (only.has('vote')) {
          const v = sizes.vote;
          log(
            `${kind}: vote storm, ${v.rate}/s for ${v.durationMs / 1000} s over ${v.questions} questions + ${v.burst.count} in ${v.burst.durationMs / 1000} s`,
          );
          const storm = await harness.voteStorm(forum, { ...v, attendees: sizes.join.attendees }, { database: db });
          Object.assign(out, storm);
          log(
            `  ${storm.vote.acknowledged}/${storm.vote.sent} acknowledged; ack p99 ${storm.vote.ackMs.p99} ms; staleness p99 ${storm.vote.tallyStalenessMs.p99} ms`,
          );
          log(`  correctness ${storm.correctness.ok ? 'ok' : 'FAILED'} ${JSON.stringify(storm.correctness)}`);
        }
        if (only.has('persistence')) {
          const p = sizes.persistence;
          log(
            `${kind}: persistence, ${p.attendees} attendees of a second forum, ${p.concurrency * generators.length} votes in flight for ${p.durationMs / 1000} s`,
          );
          out.persistence = await harness.persistence(p, { database: db });
          log(
            `  ${out.persistence.votesPerS} votes/s; correctness ${out.persistence.correctness.ok ? 'ok' : 'FAILED'} ${JSON.stringify(out.persistence.correctness)}`,
          );
        }
        await db?.end();
        await stop();
      }
    }
    if (only.has('minutes')) {
      const m = sizes.minutes;
      log(`minutes: Berita Acara for ${m.attendees} attendees, ${m.questions} questions, ${m.polls} polls, ${m.items} consensus items`);
      results.minutes = await runMinutes({ adminUrl, database: `${database}_minutes`, size: m, pin, log });
      for (const run of results.minutes.runs)
        log(`  ${run.status} in ${run.ms} ms; peak RSS ${run.peakRssMiB} MiB, peak heap ${run.peakHeapMiB} MiB; PDF ${run.pdfPages} pages`);
    }
  } finally {
    await cleanup();
  }

  results.loadAverageAtEnd = loadavg().map((x) => round(x, 2));
  if (statSync(apiMain).mtime.toISOString() !== apiBuild.builtAt) {
    results.apiBuild.changedDuringRun = true;
    log('warning: the api build changed during the run (someone rebuilt it); api figures may mix two builds');
  }
  results.durationS = round((now() - started) / 1000);
  results.evaluation = evaluate(results);
  results.correctnessOk = Object.values(results.targets).every((t) => t.correctness?.ok !== false && t.persistence?.correctness?.ok !== false);
  writeFileSync(join(resultsDir, `${outName}.json`), JSON.stringify(results, null, 2));
  writeFileSync(join(resultsDir, `${outName}.md`), markdown(results));
  log(`wrote bench/results/${outName}.md and .json`);
  console.log('\n' + markdown(results).split('## Results')[1].split('## ')[0].trim() + '\n');
  if (!results.correctnessOk) {
    console.error('Correctness check failed: an acknowledged vote is missing, or counters / screens disagree with the database.');
    process.exitCode = 2;
  }
}

/** `--render=bench/results/x.json`: write x.md again from its JSON (after a change to the report). */
function render(file) {
  const results = JSON.parse(readFileSync(file, 'utf8'));
  results.evaluation = evaluate(results);
  results.correctnessOk = Object.values(results.targets).every((t) => t.correctness?.ok !== false && t.persistence?.correctness?.ok !== false);
  writeFileSync(file, JSON.stringify(results, null, 2));
  writeFileSync(file.replace(/\.json$/, '.md'), markdown(results));
  console.log(`wrote ${file.replace(/\.json$/, '.md')}`);
}

(args.render ? Promise.resolve().then(() => render(args.render)) : main()).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
