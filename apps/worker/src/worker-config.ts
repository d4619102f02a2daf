import 'reflect-metadata';
import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsTimeZone, Matches, Max, Min, validateSync } from 'class-validator';
import { SmtpEnvironment, smtpSettings, type SmtpSettings } from '@mufakat/minutes';

/** The environment the worker understands; it shares DATABASE_URL, REDIS_URL and the documents folder with the api. */
export class WorkerEnvironment extends SmtpEnvironment {
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string;

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL: string;

  @IsOptional()
  @IsString()
  DATA_DIR: string = '.data';

  @IsOptional()
  @IsString()
  DOCUMENTS_DIR?: string;

  /** The api's public address, printed (with a QR code) on issued versions' pages; the same as the api's PUBLIC_URL. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'PUBLIC_URL must be an http(s):// URL' })
  PUBLIC_URL?: string;

  @IsOptional()
  @IsTimeZone()
  TIME_ZONE: string = 'Asia/Jakarta';

  /** Days before its deadline a follow-up action is due soon; the same as the api's. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  FOLLOW_UP_DUE_SOON_DAYS: number = 14;

  /** Jobs one worker process runs at once; rendering is CPU-bound, so one per core is plenty. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(16)
  WORKER_CONCURRENCY: number = 1;
}

export interface WorkerConfig {
  databaseUrl: string;
  redisUrl: string;
  documentsDir: string;
  timeZone: string;
  /** Without it, issued versions carry no public link. */
  publicUrl?: string;
  concurrency: number;
  /** Follow-up reminders: ACCOUNTABILITY_LIMITS' when unset. */
  dueSoonDays?: number;
  /** Reminder mails; none without SMTP settings. */
  smtp?: SmtpSettings | null;
  /** BullMQ key prefix; tests isolate their queues with their own. */
  queuePrefix?: string;
}

/** Every bad value named at once, as the api does. */
export function workerConfigFrom(raw: Record<string, string | undefined>): WorkerConfig {
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''));
  const env = plainToInstance(WorkerEnvironment, present, { enableImplicitConversion: true });
  const problems = validateSync(env).flatMap((error) => Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`));
  if (problems.length > 0) throw new Error(`Invalid worker configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    documentsDir: resolve(env.DOCUMENTS_DIR ?? resolve(env.DATA_DIR, 'documents')),
    timeZone: env.TIME_ZONE,
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL.replace(/\/+$/, '') } : {}),
    concurrency: env.WORKER_CONCURRENCY,
    dueSoonDays: env.FOLLOW_UP_DUE_SOON_DAYS,
    smtp: smtpSettings(env),
  };
}
