import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Ack } from '@mufakat/contracts';
import { DomainError } from '../common/domain-error';

/** Turns any failure of a socket handler into an error acknowledgement; the socket stays connected. */
@Catch()
export class WsAckFilter implements ExceptionFilter {
  private readonly logger = new Logger(WsAckFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const ack: unknown = host.getArgByIndex(2);
    let reply: Ack<never>;
    if (exception instanceof DomainError) {
      reply = { ok: false, error: exception.toAckError() };
    } else {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
      reply = { ok: false, error: { code: 'INTERNAL', message: 'Internal server error' } };
    }
    if (typeof ack === 'function') (ack as (reply: Ack<never>) => void)(reply);
  }
}
