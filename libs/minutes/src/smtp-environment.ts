import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import type { SmtpSettings } from './smtp-mailer';

/**
 * The SMTP variables the api and the worker both read (each sends reminder mails in its mode). Their environment
 * classes extend this one, so the variables are named and checked once.
 */
export class SmtpEnvironment {
  /** `smtp://user:password@host:587` or `smtps://…:465`; or SMTP_HOST and SMTP_PORT below. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  SMTP_HOST?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT?: number;

  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  @IsOptional()
  @IsIn(['true', 'false'])
  SMTP_SECURE?: 'true' | 'false';

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string;

  /** The reminders' sender. */
  @IsOptional()
  @IsString()
  SMTP_FROM: string = 'Mufakat <mufakat@localhost>';
}

/** SMTP from SMTP_URL, or from SMTP_HOST and SMTP_PORT; null when neither is given. */
export function smtpSettings(env: SmtpEnvironment): SmtpSettings | null {
  if (env.SMTP_URL) return { url: env.SMTP_URL, from: env.SMTP_FROM };
  if (!env.SMTP_HOST) return null;
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT ?? (env.SMTP_SECURE === 'true' ? 465 : 587),
    secure: env.SMTP_SECURE === 'true',
    user: env.SMTP_USER,
    password: env.SMTP_PASSWORD,
    from: env.SMTP_FROM,
  };
}
