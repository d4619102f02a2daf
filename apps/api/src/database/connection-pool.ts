import type { DataSource } from 'typeorm';

interface ConnectionPool {
  connect(): Promise<{ release(): void }>;
}

/**
 * Opens all of the pool's connections before the api serves anyone. A join storm otherwise begins by opening them one
 * by one, each a new PostgreSQL backend with cold caches, while the first attendees queue behind them
 * (bench/README.md, "A cold join storm"). The pool keeps them: `dataSourceOptions` sets its minimum to its size.
 */
export async function openConnectionPool(db: DataSource, size: number): Promise<void> {
  const pool = (db.driver as unknown as { master: ConnectionPool }).master;
  const clients = await Promise.all(Array.from({ length: size }, () => pool.connect()));
  for (const client of clients) client.release();
}
