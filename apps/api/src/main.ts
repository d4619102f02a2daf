import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { toString as qrToString } from 'qrcode';
import { createApp } from './app.factory';
import { EnvironmentError, validateEnvironment } from './config/environment';
import { prepareRuntime } from './config/prepare-runtime';

/** Linux caps it at net.core.somaxconn (4096 by default since 5.4). */
const LISTEN_BACKLOG = 4096;

/** Nest hands extra arguments on to the HTTP server's listen(port, host, backlog); its typings stop at the host. */
function listenWithBacklog(app: INestApplication, port: number, host: string): Promise<unknown> {
  const listen = app.listen.bind(app) as unknown as (port: number, host: string, backlog: number) => Promise<unknown>;
  return listen(port, host, LISTEN_BACKLOG);
}

async function main(): Promise<void> {
  let env;
  try {
    env = validateEnvironment(process.env);
  } catch (error) {
    if (error instanceof EnvironmentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { config, embedded } = await prepareRuntime(env);
  const app = await createApp(config);
  // Close connections and drain pending writes first, then stop the embedded database (a clean checkpoint).
  // A second signal (the terminal's Ctrl-C reaches both `npm start` and this process) must not cut that short.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: shutting down...`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));
  // Everyone scans the QR code at once: a longer accept queue than Node's 511 lets the kernel hold a storm's
  // connections while the api catches up, where an overflow drops them and each phone retries a second or more later.
  await listenWithBacklog(app, config.port, config.host);
  const address = app.getHttpServer().address() as { port: number } | null;
  const port = address?.port ?? config.port;
  if (!env.PUBLIC_URL && config.port === 0) config.publicUrl = config.publicUrl.replace(/:0$/, `:${port}`);
  const consoleUrl = `${config.publicUrl}/console/`;
  const lines = [
    '',
    `Mufakat is running (${config.mode} mode${embedded ? `, data in ${config.dataDir}` : ''})`,
    `  Local:          http://localhost:${port}/`,
    `  On the network: ${config.publicUrl}/`,
    `  Staff console:  ${consoleUrl}`,
  ];
  if (!config.web.audienceDir || !config.web.consoleDir) lines.push('  (web apps not built: run `npm run build` to serve them)');
  console.log(lines.join('\n'));
  console.log(`\nScan to open the staff console on ${config.publicUrl}:`);
  console.log(await qrToString(consoleUrl, { type: 'terminal', small: true }));
}

void main();
