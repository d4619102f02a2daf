import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsTimeZone, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { SmtpEnvironment } from '@mufakat/minutes';
import { parseTrustProxy } from './trust-proxy';

/** The process environment the api understands; anything else is ignored. */
export class Environment extends SmtpEnvironment {
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsOptional()
  @IsString()
  HOST: string = '0.0.0.0';

  /** Embedded database, generated documents and the session secret live here. */
  @IsOptional()
  @IsString()
  DATA_DIR: string = '.data';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Origin attendees reach (join links and QR codes); defaults to this machine's LAN address. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_URL?: string;

  @IsOptional()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters' })
  SESSION_SECRET?: string;

  /** Generated documents and photos; defaults to DATA_DIR/documents. Shared by api replicas and workers. */
  @IsOptional()
  @IsString()
  DOCUMENTS_DIR?: string;

  /** Time zone forum dates are printed in (WIB by default). */
  @IsOptional()
  @IsTimeZone()
  TIME_ZONE: string = 'Asia/Jakarta';

  /**
   * The proxy whose X-Forwarded-For/-Proto/-Host is believed: `off`, or its addresses, CIDRs or
   * `loopback`/`linklocal`/`uniquelocal`, comma-separated. Unset: off in the embedded mode, `loopback,uniquelocal`
   * in the hosted one.
   */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /** Registrations one client address may make in any ten minutes (600 by default: a full hall behind one NAT). */
  @IsOptional()
  @IsInt()
  @Min(1)
  REGISTRATIONS_PER_ADDRESS?: number;

  /** Registrations one forum takes in any minute (1200 by default). */
  @IsOptional()
  @IsInt()
  @Min(1)
  REGISTRATIONS_PER_FORUM?: number;

  /** Days before its deadline an open follow-up action counts as due soon (and its staff are reminded). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  FOLLOW_UP_DUE_SOON_DAYS?: number;

  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';
}

export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

/** Parses and checks the environment, naming every bad value at once. */
export function validateEnvironment(raw: Record<string, string | undefined>): Environment {
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''));
  const env = plainToInstance(Environment, present, { enableImplicitConversion: true, excludeExtraneousValues: false });
  const errors = validateSync(env, { whitelist: false, skipMissingProperties: false });
  const problems = errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message} (got "${String(raw[error.property])}")`),
  );
  if (env.TRUST_PROXY !== undefined) {
    try {
      parseTrustProxy(env.TRUST_PROXY);
    } catch (error) {
      problems.push(`TRUST_PROXY: ${(error as Error).message}`);
    }
  }
  if (env.REDIS_URL && !env.DATABASE_URL) {
    problems.push('REDIS_URL: the hosted mode needs DATABASE_URL as well (several replicas cannot share the embedded database)');
  }
  if (env.DATABASE_URL && !env.SESSION_SECRET && env.NODE_ENV === 'production') {
    problems.push('SESSION_SECRET: required in the hosted mode so that every replica signs sessions with the same key');
  }
  if (problems.length > 0) throw new EnvironmentError(problems);
  return env;
}
