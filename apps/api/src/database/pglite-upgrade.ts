import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataSourceOptions, initializeDataSource } from '@mufakat/persistence';
import { Client } from 'pg';
import { isCluster, startCluster } from './postgres-cluster';

/**
 * Where versions up to 0.1 kept the embedded database: a PGlite folder, written by Postgres compiled to 32-bit WASM,
 * whose files a native server cannot open (the on-disk layout depends on the build's alignment and options).
 */
export const PGLITE_DIR = 'pgdata';
export const PGLITE_BACKUP_DIR = 'pgdata-pglite-backup';
/** The cluster an upgrade fills; renamed to the live one only once every row is in. */
const STAGING_DIR = 'postgres.upgrading';
const COMPLETE_MARK = 'mufakat-import-complete';
/** Rows per statement: a few MB of JSON at most, whatever the table. */
const CHUNK_ROWS = 2000;

export interface UpgradeReport {
  tables: number;
  rows: number;
}

type Log = (line: string) => void;

interface Queryable {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

function isPgliteFolder(dir: string): boolean {
  return existsSync(join(dir, 'PG_VERSION'));
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Brings a data folder of an older version to the current layout before the database starts: the PGlite folder's
 * rows are copied into a new PostgreSQL 18 cluster made by the current migrations, then the live cluster takes its
 * place and the PGlite folder is kept, renamed, as a backup. Each step can be interrupted (Ctrl-C, power cut):
 * an import that did not finish is started again from scratch, one that finished is only renamed into place.
 *
 * Rows are copied rather than dumped with pg_dump: pglite-tools' pg_dump needs exactly the PGlite it was built
 * against (not ours), its output needs psql to load (not among the embedded binaries), and the migrations already
 * make the schema the hosted mode has, so only the data has to move.
 */
export async function upgradeDataDir(dataDir: string, clusterDir: string, log: Log): Promise<UpgradeReport | null> {
  const legacy = join(dataDir, PGLITE_DIR);
  const staging = join(dataDir, STAGING_DIR);
  if (existsSync(join(staging, COMPLETE_MARK))) {
    finish(dataDir, staging, clusterDir);
    return null;
  }
  rmSync(staging, { recursive: true, force: true });
  rmSync(`${staging}.password`, { force: true });
  if (isCluster(clusterDir) || !isPgliteFolder(legacy)) return null;

  log(`Upgrading the embedded database in ${legacy} (PGlite) to PostgreSQL 18 in ${clusterDir}; this runs once...`);
  const server = await startCluster({ dir: staging });
  let report: UpgradeReport;
  try {
    const dataSource = await initializeDataSource(dataSourceOptions(server.url, 1));
    await dataSource.destroy();
    report = await copyRows(legacy, server.url);
  } finally {
    await server.stop();
  }
  writeFileSync(join(staging, COMPLETE_MARK), new Date().toISOString());
  finish(dataDir, staging, clusterDir);
  log(`  ${report.rows} rows in ${report.tables} tables copied; the PGlite folder is kept as ${join(dataDir, PGLITE_BACKUP_DIR)}`);
  return report;
}

function finish(dataDir: string, staging: string, clusterDir: string): void {
  const legacy = join(dataDir, PGLITE_DIR);
  if (existsSync(legacy)) {
    const backup = join(dataDir, PGLITE_BACKUP_DIR);
    renameSync(legacy, existsSync(backup) ? `${backup}-${Date.now()}` : backup);
  }
  rmSync(join(staging, COMPLETE_MARK), { force: true });
  renameSync(`${staging}.password`, `${clusterDir}.password`);
  renameSync(staging, clusterDir);
}

async function copyRows(legacyDir: string, targetUrl: string): Promise<UpgradeReport> {
  // Loaded only here: PGlite's WASM Postgres costs memory the running api has no use for.
  const { PGlite } = await import('@electric-sql/pglite');
  const source = await PGlite.create(legacyDir);
  const target = new Client({ connectionString: targetUrl });
  await target.connect();
  let rows = 0;
  try {
    const sourceTables = await userTables(source);
    const targetTables = await userTables(target);
    const missing = [...sourceTables.keys()].filter((table) => !targetTables.has(table));
    if (missing.length > 0) throw new Error(`The old database has tables the current schema lacks: ${missing.join(', ')}`);
    await target.query('BEGIN');
    // Foreign keys and triggers off for this transaction: tables are copied in any order, rows as they were.
    await target.query('SET LOCAL session_replication_role = replica');
    // Rows a migration seeded are in the old database too.
    if (targetTables.size > 0) await target.query(`TRUNCATE ${[...targetTables.keys()].map(quote).join(', ')}`);
    for (const [table, sourceColumns] of sourceTables) {
      const columns = sourceColumns.filter((column) => targetTables.get(table)?.includes(column)).map(quote);
      if (columns.length === 0) continue;
      rows += await copyTable(source, target, table, columns.join(', '));
    }
    const sequences = await source.query<{ name: string; last_value: string }>(
      `SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) AS name, last_value::text FROM pg_sequences WHERE last_value IS NOT NULL AND schemaname = 'public'`,
    );
    for (const { name, last_value } of sequences.rows) await target.query('SELECT setval($1::regclass, $2::bigint)', [name, last_value]);
    await target.query('COMMIT');
    return { tables: sourceTables.size, rows };
  } catch (error) {
    await target.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await target.end();
    await source.close();
  }
}

/** Ordinary tables of the public schema with their stored (not generated) columns; TypeORM's bookkeeping left out. */
async function userTables(db: Queryable): Promise<Map<string, string[]>> {
  const result = await db.query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        AND c.relname NOT IN ('migrations', 'typeorm_metadata')
      ORDER BY c.relname, a.attnum`,
  );
  const tables = new Map<string, string[]>();
  for (const { table, column } of result.rows) tables.set(table, [...(tables.get(table) ?? []), column]);
  return tables;
}

/** One table through JSON: every type Postgres can print it reads back (bytea as \x hex, timestamps with zone). */
async function copyTable(source: Queryable, target: Client, table: string, columns: string): Promise<number> {
  let copied = 0;
  await source.query('BEGIN');
  try {
    await source.query(`DECLARE rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ONLY ${quote(table)} t`);
    for (;;) {
      const batch = await source.query<{ row: string }>(`FETCH ${CHUNK_ROWS} FROM rows`);
      if (batch.rows.length === 0) break;
      const json = `[${batch.rows.map((r) => r.row).join(',')}]`;
      await target.query(
        `INSERT INTO ${quote(table)} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`,
        [json],
      );
      copied += batch.rows.length;
    }
  } finally {
    await source.query('COMMIT');
  }
  const counted = await target.query<{ n: string }>(`SELECT count(*)::text AS n FROM ONLY ${quote(table)}`);
  if (Number(counted.rows[0].n) !== copied) throw new Error(`${table}: ${copied} rows read, ${counted.rows[0].n} in the new database`);
  return copied;
}
