import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, initializeDataSource, migrations, MIGRATIONS_LOCK_KEY, runMigrationsLocked } from '../src';
import { createScratchDatabase, type ScratchDatabase } from './support/scratch-database';

const migrationNames = migrations.map((migration) => migration.name);
/** Where follow-up tracking starts: the migrations before it made the schema an older installation has. */
const FOLLOW_UP_MIGRATION = migrationNames.indexOf('FollowUpTracking1796300000000');

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

  it('move the data of an installation from before follow-up tracking into one default organisation', async () => {
    const url = await freshDatabase('follow_up_data');
    const before = await new DataSource({
      ...dataSourceOptions(url, 2),
      migrations: migrations.slice(0, FOLLOW_UP_MIGRATION),
      migrationsRun: false,
    }).initialize();
    connections.push(before);
    await runMigrationsLocked(before);
    const staff = async (email: string, at: string) =>
      (
        (await before.query(`INSERT INTO staff_users (email, name, password_hash, created_at) VALUES ($1, $1, 'x', $2) RETURNING id`, [email, at])) as Array<{
          id: string;
        }>
      )[0].id;
    const first = await staff('first@mufakat.test', '2026-01-01T00:00:00Z');
    const unitAdmin = await staff('unit@mufakat.test', '2026-02-01T00:00:00Z');
    const organiser = await staff('organiser@mufakat.test', '2026-03-01T00:00:00Z');
    const otherOffice = await staff('puskesmas@mufakat.test', '2026-04-01T00:00:00Z');
    const [{ id: unitId }] = (await before.query(
      `INSERT INTO units (name, code, parent_body, created_by) VALUES ('Dinas Sosial', 'Dinsos', 'Pemerintah Kabupaten Banyumas', $1) RETURNING id`,
      [unitAdmin],
    )) as Array<{ id: string }>;
    const forum = async (creator: string, unit: string | null, unitName: string, startsAt: string) => {
      const [{ id }] = (await before.query(
        `INSERT INTO forums (title, theme, service_name, unit_name, venue, starts_at, projector_key, created_by, unit_id)
         VALUES ('FKP', 'tema', 'layanan', $3, 'Aula', $4, 'key', $1, $2) RETURNING id`,
        [creator, unit, unitName, startsAt],
      )) as Array<{ id: string }>;
      await before.query(`INSERT INTO forum_members (forum_id, user_id, role) VALUES ($1, $2, 'organiser')`, [id, creator]);
      return id;
    };
    const withUnit = await forum(unitAdmin, unitId, 'Dinas Sosial', '2026-10-29T02:00:00Z');
    const withoutUnit = await forum(organiser, null, 'Dinas Kesehatan', '2026-11-03T02:00:00Z');
    const byOrganiser = await forum(organiser, unitId, 'Dinas Sosial', '2026-11-10T02:00:00Z');
    // The same organiser's second forum of that unit shares its unit; another office's forum of the same name does not.
    const secondWithoutUnit = await forum(organiser, null, 'Dinas Kesehatan', '2026-11-17T02:00:00Z');
    const otherOfficeForum = await forum(otherOffice, null, 'Dinas Kesehatan', '2026-11-18T02:00:00Z');
    const item = async (forumId: string, status: string, number: number | null, followUp: unknown) =>
      (
        (await before.query(
          `INSERT INTO consensus_items (forum_id, text, status, number, follow_up, created_by) VALUES ($1, 'Kesepakatan', $2, $3, $4, $5) RETURNING id`,
          [forumId, status, number, followUp === null ? null : JSON.stringify(followUp), first],
        )) as Array<{ id: string }>
      )[0].id;
    const counted = await item(withUnit, 'approved', 1, {
      action: 'SOP diumumkan',
      responsibleUnit: 'Dinsos',
      deadline: null,
      timeFrame: '3 bulan',
      status: 'in_progress',
    });
    const dated = await item(withoutUnit, 'approved', 1, {
      action: 'Data diperbarui',
      responsibleUnit: 'Dinkes',
      deadline: '2027-01-15',
      timeFrame: null,
      status: 'done',
    });
    await item(byOrganiser, 'draft', null, null);
    await before.destroy();

    const db = await connect(url);
    connections.push(db);
    expect((await runMigrationsLocked(db)).map((m) => m.name)).toEqual(migrationNames.slice(FOLLOW_UP_MIGRATION));
    expect(await pendingSchemaChanges(db)).toEqual([]);

    const organisations = (await db.query('SELECT id, name FROM organisations')) as Array<{ id: string; name: string }>;
    expect(organisations).toEqual([{ id: expect.any(String), name: 'Pemerintah Kabupaten Banyumas' }]);
    const units = (await db.query('SELECT id, name, code, organisation_id, created_by FROM units ORDER BY created_at, name')) as Array<Record<string, string>>;
    expect(units).toHaveLength(3);
    expect(units.every((u) => u.organisation_id === organisations[0].id)).toBe(true);
    const defaultUnit = units.find((u) => u.id !== unitId && u.created_by === organiser) as Record<string, string>;
    expect(defaultUnit).toMatchObject({ name: 'Dinas Kesehatan', code: 'UNIT', created_by: organiser });
    const otherOfficeUnit = units.find((u) => u.created_by === otherOffice) as Record<string, string>;
    expect(otherOfficeUnit).toMatchObject({ name: 'Dinas Kesehatan', code: 'UNIT' });
    const forums = (await db.query('SELECT id, unit_id FROM forums')) as Array<{ id: string; unit_id: string }>;
    expect(Object.fromEntries(forums.map((f) => [f.id, f.unit_id]))).toEqual({
      [withUnit]: unitId,
      [withoutUnit]: defaultUnit.id,
      [byOrganiser]: unitId,
      [secondWithoutUnit]: defaultUnit.id,
      [otherOfficeForum]: otherOfficeUnit.id,
    });

    const members = (await db.query('SELECT unit_id, user_id, role FROM unit_members ORDER BY role, unit_id')) as Array<Record<string, string>>;
    expect(members).toEqual(
      expect.arrayContaining([
        { unit_id: unitId, user_id: unitAdmin, role: 'admin' },
        { unit_id: defaultUnit.id, user_id: organiser, role: 'admin' },
        { unit_id: unitId, user_id: organiser, role: 'officer' },
        { unit_id: otherOfficeUnit.id, user_id: otherOffice, role: 'admin' },
      ]),
    );
    expect(members).toHaveLength(4);
    expect(await db.query('SELECT organisation_id, user_id, role FROM organisation_members')).toEqual([
      { organisation_id: organisations[0].id, user_id: first, role: 'admin' },
    ]);

    const actions = (await db.query(
      `SELECT consensus_item_id, forum_id, unit_id, action, to_char(deadline, 'YYYY-MM-DD') AS deadline, time_frame, status, progress, completed_on IS NOT NULL AS completed
       FROM follow_up_actions ORDER BY action`,
    )) as Array<Record<string, unknown>>;
    expect(actions).toEqual([
      {
        consensus_item_id: dated,
        forum_id: withoutUnit,
        unit_id: defaultUnit.id,
        action: 'Data diperbarui',
        deadline: '2027-01-15',
        time_frame: null,
        status: 'done',
        progress: 100,
        completed: true,
      },
      // 29 October 2026 in Jakarta, plus three months.
      {
        consensus_item_id: counted,
        forum_id: withUnit,
        unit_id: unitId,
        action: 'SOP diumumkan',
        deadline: '2027-01-29',
        time_frame: '3 bulan',
        status: 'in_progress',
        progress: 0,
        completed: false,
      },
    ]);
    await expect(db.query(`UPDATE units SET organisation_id = NULL`)).rejects.toThrow(/not-null|null value/);
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
