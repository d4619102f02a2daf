import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { ACCOUNTABILITY_LIMITS } from '@mufakat/contracts';
import { smtpSettings } from '@mufakat/minutes';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../database/embedded-postgres';
import type { Environment } from './environment';
import type { RuntimeConfig } from './runtime-config';
import { HOSTED_TRUST_PROXY, parseTrustProxy } from './trust-proxy';
import { DEFAULT_REGISTRATION_LIMITS } from '../limits/registration-rate-limits';

/** The first non-loopback IPv4 address: what phones on the venue's Wi-Fi can reach. */
export function lanAddress(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return null;
}

function embeddedSessionSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function builtApp(dir: string): string | null {
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

/** Turns the validated environment into a runtime: starts the embedded database when no DATABASE_URL is given. */
export async function prepareRuntime(env: Environment): Promise<{ config: RuntimeConfig; embedded: EmbeddedPostgres | null }> {
  const dataDir = resolve(env.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const embedded = env.DATABASE_URL ? null : await startEmbeddedPostgres(dataDir);
  const appsDir = resolve(__dirname, '../../..');
  const config: RuntimeConfig = {
    mode: embedded ? 'embedded' : 'hosted',
    port: env.PORT,
    host: env.HOST,
    dataDir,
    databaseUrl: embedded ? embedded.url : (env.DATABASE_URL as string),
    databasePoolSize: 10,
    redisUrl: env.REDIS_URL ?? null,
    publicUrl: (env.PUBLIC_URL ?? `http://${lanAddress() ?? 'localhost'}:${env.PORT}`).replace(/\/+$/, ''),
    trustProxy: env.TRUST_PROXY !== undefined ? parseTrustProxy(env.TRUST_PROXY) : embedded ? [] : [...HOSTED_TRUST_PROXY],
    sessionSecret: env.SESSION_SECRET ?? embeddedSessionSecret(dataDir),
    web: {
      audienceDir: builtApp(join(appsDir, 'audience', 'dist')),
      consoleDir: builtApp(join(appsDir, 'console', 'dist')),
    },
    documents: {
      dir: resolve(env.DOCUMENTS_DIR ?? join(dataDir, 'documents')),
      timeZone: env.TIME_ZONE,
      queue: env.REDIS_URL ? 'bullmq' : 'in-process',
    },
    registrationLimits: {
      perAddress: env.REGISTRATIONS_PER_ADDRESS ?? DEFAULT_REGISTRATION_LIMITS.perAddress,
      perForum: env.REGISTRATIONS_PER_FORUM ?? DEFAULT_REGISTRATION_LIMITS.perForum,
    },
    followUps: { dueSoonDays: env.FOLLOW_UP_DUE_SOON_DAYS ?? ACCOUNTABILITY_LIMITS.dueSoonDays },
    smtp: smtpSettings(env),
    tallyFlushMs: 100,
  };
  return { config, embedded };
}
