import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export function dataSourceOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into Postgres 13+ and PGlite; uuid-ossp is not in PGlite.
    uuidExtension: 'pgcrypto',
    extra: { max: poolSize },
  };
}

/** For the TypeORM CLI only (migration:generate); the app builds its own from RuntimeConfig. */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/mufakat_dev', 1));
