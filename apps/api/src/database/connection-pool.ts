import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

interface ConnectionPool {
  connect(): Promise<{ release(): void }>;
}

/**
 * Opens all of the pool's connections before the api serves anyone. A join storm otherwise begins by opening them one
 * by one, each a new PostgreSQL backend, while the first attendees queue behind them (bench/README.md, "The first
 * join storm after a start"). The pool keeps them: `dataSourceOptions` sets its minimum to its size. A database that
 * refuses some (its `max_connections` reached) is warned of, not fatal: the pool opens them on demand, as before.
 */
export async function openConnectionPool(db: DataSource, size: number): Promise<void> {
  const pool = (db.driver as unknown as { master: ConnectionPool }).master;
  const opened = await Promise.allSettled(Array.from({ length: size }, () => pool.connect()));
  for (const result of opened) if (result.status === 'fulfilled') result.value.release();
  const refused = opened.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (refused.length > 0) {
    const reason = refused[0].reason instanceof Error ? refused[0].reason.message : String(refused[0].reason);
    new Logger('Database').warn(`Opened ${size - refused.length} of ${size} connections at start: ${reason}`);
  }
}
