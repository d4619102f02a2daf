import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, initializeDataSource, migrations, MIGRATIONS_LOCK_KEY, runMigrationsLocked } from '../src';
import { createScratchDatabase, type ScratchDatabase } from './support/scratch-database';

const migrationNames = migrations.map((migration) => migration.name);

/** Connected, nothing run: the spec decides when the migrations go up or down. */
async function connect(url: string, poolSize = 2): Promise<DataSource> {
  return new DataSource({ ...dataSourceOptions(url, poolSize), migrationsRun: false }).initialize();
}

/** What `migration:generate` would write: nothing when the tables are what the entities describe. */
async function pendingSchemaChanges(db: DataSource): Promise<string[]> {
  return (await db.driver.createSchemaBuilder().log()).upQueries.map((query) => query.query);
}

async function appliedMigrations(db: DataSource): Promise<string[]> {
  return ((await db.query('SELECT name FROM migrations ORDER BY id')) as Array<{ name: string }>).map((row) => row.name);
}

async function publicTables(db: DataSource): Promise<string[]> {
  const rows = (await db.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)) as Array<{ name: string }>;
  return rows.map((row) => row.name);
}

describe('migrations', () => {
  const databases: ScratchDatabase[] = [];
  const connections: DataSource[] = [];

  async function freshDatabase(purpose: string): Promise<string> {
    const database = await createScratchDatabase(purpose);
    databases.push(database);
    return database.url;
  }

  afterAll(async () => {
    await Promise.all(connections.filter((db) => db.isInitialized).map((db) => db.destroy()));
    await Promise.all(databases.map((database) => database.drop()));
  });

  it('go up on a fresh database to the schema the entities describe, all the way down, and up again', async () => {
    const db = await connect(await freshDatabase('migrations'));
    connections.push(db);

    const applied = await runMigrationsLocked(db);
    expect(applied.map((migration) => migration.name)).toEqual(migrationNames);
    expect(await appliedMigrations(db)).toEqual(migrationNames);
    expect(await pendingSchemaChanges(db)).toEqual([]);

    for (const name of [...migrationNames].reverse()) {
      await db.undoLastMigration({ transaction: 'each' });
      expect((await appliedMigrations(db)).at(-1)).not.toBe(name);
    }
    expect(await appliedMigrations(db)).toEqual([]);
    // Every table the migrations made is gone; TypeORM's own bookkeeping stays.
    expect(await publicTables(db)).toEqual(['migrations']);

    // The downs left nothing behind that would stop the ups.
    expect((await runMigrationsLocked(db)).map((migration) => migration.name)).toEqual(migrationNames);
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('run once when two replicas start together on a fresh database', async () => {
    const url = await freshDatabase('replicas');
    const started = await Promise.all([initializeDataSource(dataSourceOptions(url, 2)), initializeDataSource(dataSourceOptions(url, 1))]);
    connections.push(...started);

    const [db] = started;
    expect(await appliedMigrations(db)).toEqual(migrationNames);
    expect(await pendingSchemaChanges(db)).toEqual([]);
    // The lock is given back: a third process would not wait.
    const third = db.createQueryRunner();
    try {
      const [{ free }] = (await third.query('SELECT pg_try_advisory_lock($1) AS free', [MIGRATIONS_LOCK_KEY])) as Array<{ free: boolean }>;
      expect(free).toBe(true);
      await third.query('SELECT pg_advisory_unlock($1)', [MIGRATIONS_LOCK_KEY]);
    } finally {
      await third.release();
    }
  });

  it('take turns: of two runs at once, the first applies every migration and the second finds none pending', async () => {
    const url = await freshDatabase('turns');
    const [first, second] = await Promise.all([connect(url), connect(url)]);
    connections.push(first, second);

    const runs = await Promise.all([runMigrationsLocked(first), runMigrationsLocked(second)]);
    expect(runs.map((run) => run.length).sort()).toEqual([0, migrationNames.length]);
    expect(await appliedMigrations(first)).toEqual(migrationNames);
  });
});
