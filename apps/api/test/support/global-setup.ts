import { createTestDatabase } from './test-database';

/** One fresh database per run on the machine's Postgres; its URL reaches the specs through the environment. */
export default async function globalSetup(): Promise<void> {
  const { url, name } = await createTestDatabase();
  process.env.TEST_DATABASE_URL = url;
  process.env.TEST_DATABASE_NAME = name;
  process.env.TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
}
