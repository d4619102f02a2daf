import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ApiErrorBody, ErrorCode } from '@mufakat/contracts';
import type { Response } from 'express';
import { DomainError, httpStatusOf } from './domain-error';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'VALIDATION_FAILED',
  429: 'RATE_LIMITED',
};

/** Every REST error leaves as an ApiErrorBody: a code, a message and, for bad input, the details. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = apiErrorBody(exception, this.logger);
    if (body.retryAfterMs !== undefined) response.setHeader('Retry-After', retryAfterHeader(body.retryAfterMs));
    else if (body.statusCode === 429) {
      // The throttler's refusal sets Retry-After-<throttler name> (seconds) before it throws: say it plainly too.
      const seconds = Math.max(
        0,
        ...response
          .getHeaderNames()
          .filter((name) => name.startsWith('retry-after'))
          .map((name) => Number(response.getHeader(name)) || 0),
      );
      if (seconds > 0) {
        body.retryAfterMs = seconds * 1000;
        response.setHeader('Retry-After', String(seconds));
      }
    }
    response.status(body.statusCode).json(body);
  }
}

/** The ApiErrorBody of an exception; unexpected ones are logged and answered as INTERNAL. */
export function apiErrorBody(exception: unknown, logger: Logger): ApiErrorBody {
  if (exception instanceof DomainError) {
    const { details, retryAfterMs, reason } = exception;
    return { statusCode: httpStatusOf(exception.code), code: exception.code, message: exception.message, reason, details, retryAfterMs };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    return { statusCode, code: CODE_BY_STATUS[statusCode] ?? 'INTERNAL', message: exception.message };
  }
  // body-parser reports malformed or oversized JSON with a status of its own.
  const status = (exception as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { statusCode: status, code: CODE_BY_STATUS[status] ?? 'VALIDATION_FAILED', message: (exception as Error).message };
  }
  logger.error(exception instanceof Error ? exception.stack : String(exception));
  return { statusCode: 500, code: 'INTERNAL', message: 'Internal server error' };
}

/** Retry-After in whole seconds, at least one. */
export function retryAfterHeader(retryAfterMs: number): string {
  return String(Math.max(1, Math.ceil(retryAfterMs / 1000)));
}
