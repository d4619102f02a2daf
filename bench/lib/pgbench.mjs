// The machine's Postgres ceiling for the write a vote makes: pgbench with a custom single-row insert script.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export function findPgbench() {
  const candidates = [];
  if (existsSync('/usr/lib/postgresql')) {
    for (const version of readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))) {
      candidates.push(`/usr/lib/postgresql/${version}/bin/pgbench`);
    }
  }
  candidates.push('pgbench');
  return candidates.find((path) => spawnSync(path, ['--version']).status === 0) ?? null;
}

const SCHEMA = `
  CREATE TABLE bench_votes (
    question_id uuid NOT NULL,
    participant_id uuid NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (question_id, participant_id)
  );
  CREATE TABLE bench_questions (id int PRIMARY KEY, upvote_count int NOT NULL DEFAULT 0);
  INSERT INTO bench_questions (id) SELECT generate_series(1, 50);
  CREATE TABLE bench_question_votes (
    question_id int NOT NULL REFERENCES bench_questions (id) ON DELETE CASCADE,
    participant_id uuid NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (question_id, participant_id)
  );`;

/** What the issue asks for: one durable single-row insert per transaction, shaped like question_votes. */
const INSERT_SCRIPT = `INSERT INTO bench_votes (question_id, participant_id) VALUES (gen_random_uuid(), gen_random_uuid());\n`;

/** The statement the api runs per upvote (insert + counter update in one statement), over 50 hot question rows. */
const API_VOTE_SCRIPT = `\\set q random(1, 50)
WITH changed AS (INSERT INTO bench_question_votes (question_id, participant_id) VALUES (:q, gen_random_uuid()) ON CONFLICT DO NOTHING RETURNING 1) UPDATE bench_questions SET upvote_count = upvote_count + (SELECT count(*) FROM changed) WHERE id = :q AND EXISTS (SELECT 1 FROM changed);
`;

export async function runPgbench({ adminUrl, seconds, pin, log }) {
  const pgbench = findPgbench();
  if (!pgbench) return { available: false, reason: 'pgbench not found' };
  const database = `mufakat_bench_pgbench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const dir = mkdtempSync(join(tmpdir(), 'mufakat-pgbench-'));
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    const scratch = new pg.Client({ connectionString: url.toString() });
    await scratch.connect();
    await scratch.query(SCHEMA);
    await scratch.end();
    writeFileSync(join(dir, 'insert.sql'), INSERT_SCRIPT);
    writeFileSync(join(dir, 'api-vote.sql'), API_VOTE_SCRIPT);
    const version = spawnSync(pgbench, ['--version']).stdout.toString().trim();
    const run = (script, clients) => {
      const args = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres'), '-n', '-f', join(dir, script)];
      args.push('-c', String(clients), '-j', String(Math.min(clients, 2)), '-T', String(seconds), database);
      const command = pin.enabled ? ['taskset', ['-c', pin.generator, pgbench, ...args]] : [pgbench, args];
      const result = spawnSync(command[0], command[1], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password || '') } });
      const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(result.stdout)?.[1]);
      const latency = Number(/latency average = ([\d.]+) ms/.exec(result.stdout)?.[1]);
      if (!tps) throw new Error(`pgbench failed (${result.status}): ${result.stderr || result.stdout}`);
      log(`  pgbench ${script} -c ${clients}: ${tps.toFixed(0)} tps, latency ${latency} ms`);
      return { script, clients, seconds, tps, latencyMs: latency };
    };
    const insert1 = run('insert.sql', 1);
    const insert8 = run('insert.sql', 8);
    const apiVote8 = run('api-vote.sql', 8);
    return {
      available: true,
      version,
      insert: [insert1, insert8],
      apiVote: apiVote8,
      ceiling: Math.max(insert1.tps, insert8.tps),
      scripts: { insert: INSERT_SCRIPT.trim(), apiVote: API_VOTE_SCRIPT.trim() },
    };
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {});
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}
