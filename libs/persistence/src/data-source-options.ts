import type { DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export function dataSourceOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    // At start, through initializeDataSource, which holds an advisory lock while they run.
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into Postgres 13+ and PGlite; uuid-ossp is not in PGlite.
    uuidExtension: 'pgcrypto',
    // Connections stay open when idle: a quiet room before everyone scans the QR code would otherwise start the join
    // storm with a pool to reopen (pg-pool closes idle connections above `min` after ten seconds).
    extra: { max: poolSize, min: poolSize },
  };
}
