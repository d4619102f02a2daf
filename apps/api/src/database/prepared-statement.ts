import type { DataSource } from 'typeorm';

/**
 * A statement a join storm runs hundreds of times a second. Named, so each pooled connection parses and plans it
 * once instead of on every run: planning was half of the snapshot read's time in the database
 * (pg_stat_statements, bench join storm). Its text must not change at run time: one name, one text.
 */
export interface PreparedStatement {
  name: string;
  text: string;
}

interface NamedQueryPool {
  query<T>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
}

/** Runs a prepared statement on the data source's pool, outside any transaction; the rows as pg returns them. */
export async function runPrepared<T>(db: DataSource, statement: PreparedStatement, values: unknown[]): Promise<T[]> {
  // TypeORM's query() takes only text; its Postgres driver's pool is pg's, which takes a named statement.
  const pool = (db.driver as unknown as { master: NamedQueryPool }).master;
  const { rows } = await pool.query<T>({ name: statement.name, text: statement.text, values });
  return rows;
}
