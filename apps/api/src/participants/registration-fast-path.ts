import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { apiPaths } from '@mufakat/contracts';
import { parse as parseCookies } from 'cookie';
import { SESSION_COOKIE } from '../auth/auth.service';
import { JSON_BODY_LIMIT_BYTES, MALFORMED_JSON } from '../common/body-parser-errors';
import { apiErrorBody, retryAfterHeader } from '../common/http-error.filter';
import { inFrontOfExpress } from '../common/in-front-of-express';
import { appHeaderValues } from '../common/security-headers';
import { plainInputProblems } from '../common/plain-input';
import { createValidationPipe } from '../common/validation';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { clientAddressReader, trustedProxiesOf } from '../config/trust-proxy';
import { RegisterParticipantDto } from './dto/register-participant.dto';
import { ParticipantsService } from './participants.service';

/** JoinController's registration route (the contract's path), as Express matches it: any case, one optional trailing slash. */
const REGISTRATION_PATH = ((): RegExp => {
  const [before, after] = apiPaths
    .registerParticipant('\u0000')
    .split('%00')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`^${before}([^/?]+)${after}/?(?:\\?|$)`, 'i');
})();
/** What body-parser's json() reads as JSON without a charset question. */
const JSON_TYPE = /^application\/json\s*(?:;\s*charset="?utf-8"?\s*)?$/i;

/**
 * The join storm's hot request: when everyone scans the QR code, every phone registers at once, and Express's
 * request handling around a registration cost about as much as the registration itself (bench/README.md,
 * "Join storm on a slower day"). A well-formed registration is answered here, in front of Express, by the same
 * service with the same validation pipe, security headers, client address (TRUST_PROXY) and error bodies (no ETag,
 * which nothing reads on a POST). Anything else goes on to Express and JoinController, so the global guards and
 * middleware see it as before: another content type or a compressed, chunked, empty or oversized body, a join code
 * the input check refuses, a request carrying a staff session (the CSRF guard's business), and bodies the pipe
 * refuses, which reach the controller already parsed, so its refusals come from the one path they always did.
 */
@Injectable()
export class RegistrationFastPath {
  private readonly logger = new Logger(RegistrationFastPath.name);
  private readonly validation = createValidationPipe();
  private readonly headers: Array<[string, string]>;
  private readonly clientAddress: (req: IncomingMessage) => string;

  constructor(
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    this.headers = [...appHeaderValues(config.publicUrl), ['Content-Type', 'application/json; charset=utf-8']];
    this.clientAddress = clientAddressReader(trustedProxiesOf(config));
  }

  /** Puts the fast path in front of the server's request listeners (Express; Socket.IO wraps them all later). */
  install(server: Server): void {
    inFrontOfExpress(server, (req, res, passOn) => {
      const code = this.registrationCode(req);
      if (code === null) return passOn();
      this.register(code, req, res, passOn).catch((error: unknown) => {
        this.logger.error(error instanceof Error ? error.stack : String(error));
        res.destroy();
      });
    });
  }

  /** The join code of a registration this path answers; null for any other request. */
  private registrationCode(req: IncomingMessage): string | null {
    if (req.method !== 'POST' || !JSON_TYPE.test(req.headers['content-type'] ?? '')) return null;
    const length = Number(req.headers['content-length']);
    if (!Number.isInteger(length) || length <= 0 || length > JSON_BODY_LIMIT_BYTES || req.headers['transfer-encoding'] !== undefined) return null;
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return null;
    // A staff session goes through Express, where the CSRF guard checks it (cookies read as cookie-parser reads them).
    if (req.headers.cookie && parseCookies(req.headers.cookie)[SESSION_COOKIE] !== undefined) return null;
    const match = REGISTRATION_PATH.exec(req.url ?? '');
    if (!match) return null;
    try {
      const code = decodeURIComponent(match[1]);
      return plainInputProblems(code).length === 0 ? code : null;
    } catch {
      return null;
    }
  }

  private async register(code: string, req: IncomingMessage, res: ServerResponse, passOn: () => void): Promise<void> {
    let body: unknown;
    try {
      // As body-parser's decoder does, a byte-order mark is dropped.
      body = JSON.parse((await readBody(req)).toString('utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      if (error instanceof SyntaxError) this.send(res, MALFORMED_JSON.statusCode, MALFORMED_JSON);
      else res.destroy();
      return;
    }
    // body-parser's json() is strict: only an object or an array is a body.
    if (typeof body !== 'object' || body === null) return this.send(res, MALFORMED_JSON.statusCode, MALFORMED_JSON);
    let dto: RegisterParticipantDto;
    try {
      dto = (await this.validation.transform(body, { type: 'body', metatype: RegisterParticipantDto })) as RegisterParticipantDto;
    } catch {
      // The stream is read: body-parser sees it finished and leaves this body for the controller's pipe.
      (req as IncomingMessage & { body?: unknown }).body = body;
      return passOn();
    }
    try {
      this.send(res, 201, await this.participants.register(code, dto, this.clientAddress(req)));
    } catch (error) {
      const refusal = apiErrorBody(error, this.logger);
      if (refusal.retryAfterMs !== undefined) res.setHeader('Retry-After', retryAfterHeader(refusal.retryAfterMs));
      this.send(res, refusal.statusCode, refusal);
    }
  }

  private send(res: ServerResponse, status: number, body: object): void {
    const json = JSON.stringify(body);
    for (const [name, value] of this.headers) res.setHeader(name, value);
    res.setHeader('Content-Length', Buffer.byteLength(json));
    res.statusCode = status;
    res.end(json);
  }
}

/** The whole body of a request whose Content-Length was checked. */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('The client went away before its body arrived'));
    });
  });
}
