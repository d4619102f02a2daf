import 'reflect-metadata';
import { toString as qrToString } from 'qrcode';
import { createApp } from './app.factory';
import { EnvironmentError, validateEnvironment } from './config/environment';
import { prepareRuntime } from './config/prepare-runtime';

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
  await app.listen(config.port, config.host);
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
