import type { INestApplication, LogLevel } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { json } from 'express';
import { AppModule } from './app.module';
import { bodyParserErrors, JSON_BODY_LIMIT_BYTES } from './common/body-parser-errors';
import { HttpErrorFilter } from './common/http-error.filter';
import { inFrontOfExpress } from './common/in-front-of-express';
import { securityHeaders } from './common/security-headers';
import { createValidationPipe } from './common/validation';
import type { RuntimeConfig } from './config/runtime-config';
import { trustedProxiesOf, trustProxyFn } from './config/trust-proxy';
import { LeanIoAdapter } from './live/lean-io.adapter';
import { RedisIoAdapter } from './live/redis-io.adapter';
import { RegistrationFastPath } from './participants/registration-fast-path';
import { WebApps } from './web/web-apps';

/** Builds the api as main.ts runs it; tests build it the same way with their own config. */
export async function createApp(config: RuntimeConfig, logger: LogLevel[] | false = ['error', 'warn', 'log']): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger, bodyParser: false });
  // Only the configured proxy may say who the client is (secure cookies, throttles by address); anyone else
  // writing X-Forwarded-For is ignored.
  app.set('trust proxy', trustProxyFn(trustedProxiesOf(config)));
  app.disable('x-powered-by');
  // In front of Express: the join storm's hot requests, the registration (see RegistrationFastPath) and the web
  // apps' pages and files (see WebApps).
  app.get(RegistrationFastPath).install(app.getHttpServer());
  inFrontOfExpress(app.getHttpServer(), new WebApps(config.web, config.publicUrl).answer);
  app.use(securityHeaders(config.publicUrl));
  // A drawn signature is the one larger body (a PNG of up to 200 KB, base64 in JSON); every other body is small.
  app.use('/api/forums/:forumId/signatures', json({ limit: '300kb' }));
  app.use(json({ limit: JSON_BODY_LIMIT_BYTES }));
  app.use(bodyParserErrors);
  app.use(cookieParser());
  app.useGlobalFilters(new HttpErrorFilter());
  app.useGlobalPipes(createValidationPipe());
  if (config.redisUrl) {
    const adapter = new RedisIoAdapter(app, config.redisUrl);
    await adapter.connect();
    app.useWebSocketAdapter(adapter);
  } else {
    app.useWebSocketAdapter(new LeanIoAdapter(app));
  }
  const openApi = new DocumentBuilder().setTitle('Mufakat API').setVersion('0.1.0').build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
