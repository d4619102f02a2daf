import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ApiErrorBody } from '@mufakat/contracts';
import proxyAddr from 'proxy-addr';
import { JSON_BODY_LIMIT_BYTES, MALFORMED_JSON } from '../common/body-parser-errors';
import { apiErrorBody, retryAfterHeader } from '../common/http-error.filter';
import { appHeaderValues } from '../common/security-headers';
import { createValidationPipe } from '../common/validation';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { trustedProxiesOf, trustProxyFn } from '../config/trust-proxy';
import { RegisterParticipantDto } from './dto/register-participant.dto';
import { ParticipantsService } from './participants.service';

/** JoinController's registration route, as Express matches it (case-insensitive, an optional trailing slash). */
const REGISTRATION_PATH = /^\/api\/join\/([^/?]+)\/participants\/?(?:\?|$)/i;
/** What body-parser's json() reads as JSON without a charset question. */
const JSON_TYPE = /^application\/json\s*(?:;\s*charset="?utf-8"?\s*)?$/i;

/**
 * The join storm's hot request: when everyone scans the QR code, every phone registers at once, and Express's
 * request handling around a registration cost about as much as the registration itself (bench/README.md,
 * "Join storm on a slower day"). A well-formed registration is answered here, in front of Express, by the same
 * service with the same validation pipe, security headers, client address (TRUST_PROXY) and error bodies. Anything
 * else goes on to Express and JoinController: other content types, chunked or oversized bodies, and bodies the
 * pipe refuses, which reach the controller already parsed, so its refusals come from the one path they always did.
 */
@Injectable()
export class RegistrationFastPath {
  private readonly logger = new Logger(RegistrationFastPath.name);
  private readonly validation = createValidationPipe();
  private readonly headers: Array<[string, string]>;
  private readonly trust: (address: string, hop: number) => boolean;

  constructor(
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    this.headers = [...appHeaderValues(config.publicUrl), ['Content-Type', 'application/json; charset=utf-8']];
    this.trust = trustProxyFn(trustedProxiesOf(config)) || (() => false);
  }

  /** Puts the fast path in front of the server's request listeners (Express; Socket.IO wraps them all later). */
  install(server: Server): void {
    const listeners = server.listeners('request') as RequestListener[];
    server.removeAllListeners('request');
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const code = this.registrationCode(req);
      if (code === null) for (const listener of listeners) listener.call(server, req, res);
      else void this.register(code, req, res, () => listeners.forEach((listener) => listener.call(server, req, res)));
    });
  }

  /** The join code of a registration this path answers; null for any other request. */
  private registrationCode(req: IncomingMessage): string | null {
    if (req.method !== 'POST' || !JSON_TYPE.test(req.headers['content-type'] ?? '')) return null;
    const length = Number(req.headers['content-length']);
    if (!Number.isInteger(length) || length > JSON_BODY_LIMIT_BYTES || req.headers['transfer-encoding'] !== undefined) return null;
    const match = REGISTRATION_PATH.exec(req.url ?? '');
    if (!match) return null;
    try {
      return decodeURIComponent(match[1]);
    } catch {
      return null;
    }
  }

  private async register(code: string, req: IncomingMessage, res: ServerResponse, passOn: () => void): Promise<void> {
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req)).toString('utf8'));
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
      this.send(res, 201, await this.participants.register(code, dto, proxyAddr(req, this.trust)));
    } catch (error) {
      const refusal = apiErrorBody(error, this.logger);
      if (refusal.retryAfterMs !== undefined) res.setHeader('Retry-After', retryAfterHeader(refusal.retryAfterMs));
      this.send(res, refusal.statusCode, refusal);
    }
  }

  private send(res: ServerResponse, status: number, body: ApiErrorBody | object): void {
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
