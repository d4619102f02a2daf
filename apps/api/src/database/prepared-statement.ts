import { DatabaseError, type PoolClient } from 'pg';
import { QueryFailedError, type DataSource } from 'typeorm';

/**
 * A statement a join storm runs hundreds of times a second. Named, so each pooled connection parses and plans it
 * once instead of on every run: planning was half of the snapshot read's time in the database
 * (pg_stat_statements, bench join storm). Its text must not change at run time: one name, one text.
 */
export interface PreparedStatement {
  name: string;
  text: string;
}

interface ConnectionPool {
  connect(): Promise<PoolClient>;
}

/**
 * Runs a prepared statement on the data source's pool, outside any transaction; the rows as pg returns them. Fails
 * as `DataSource.query` does (a QueryFailedError around the driver's error).
 */
export async function runPrepared<T>(db: DataSource, statement: PreparedStatement, values: unknown[]): Promise<T[]> {
  // TypeORM's query() takes only text; its Postgres driver's pool is pg's, whose clients take a named statement.
  const client = await (db.driver as unknown as { master: ConnectionPool }).master.connect();
  let failure: unknown;
  // The pool listens for a connection's errors only while it is idle: a database restarting under a checked-out
  // client would otherwise be an unhandled 'error' event, and end the process.
  const onError = (error: Error) => (failure ??= error);
  client.on('error', onError);
  try {
    return (await client.query<T & object>({ name: statement.name, text: statement.text, values })).rows;
  } catch (error) {
    failure = error;
    throw new QueryFailedError(statement.text, values, error as Error);
  } finally {
    client.removeListener('error', onError);
    // A refusal by the database leaves the connection (and its prepared statements) fit for reuse; anything else
    // (a broken socket) takes it out of the pool.
    client.release(failure === undefined || failure instanceof DatabaseError ? undefined : (failure as Error));
  }
}
