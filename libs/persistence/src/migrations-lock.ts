import { DataSource, MigrationExecutor, type DataSourceOptions, type Migration } from 'typeorm';

/** Key of the session-level advisory lock held while migrations run; the same in every replica and every release. */
export const MIGRATIONS_LOCK_KEY = 7_425_101_001;

/**
 * Runs the pending migrations holding a Postgres advisory lock, so replicas that start together take turns: the
 * first applies them, the others wait and then find none pending. The lock, TypeORM's check of the migrations table
 * and the migrations themselves share one connection, which the embedded database's single connection also needs.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATIONS_LOCK_KEY]);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = dataSource.options.migrationsTransactionMode ?? 'all';
      return await executor.executePendingMigrations();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATIONS_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/** Connects; when the options ask for migrations at start (`migrationsRun`), runs them under the lock. */
export async function initializeDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = await new DataSource({ ...options, migrationsRun: false }).initialize();
  if (!options.migrationsRun) return dataSource;
  try {
    await runMigrationsLocked(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
