import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../../../../..');

export interface ApiProcess {
  url: string;
  pid: number;
  output: () => string;
  /** Whether the process is still running. */
  alive: () => boolean;
  /** SIGKILL: no shutdown hook runs, nothing is flushed. Resolves once the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM, as an operator stops it; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * The built api (`apps/api/dist/main.js`, what `npm start` runs after its build step) as its own process, so that it
 * can be killed. Embedded mode unless `env` gives DATABASE_URL; `env` values of undefined are removed.
 */
export async function startApiProcess(env: Record<string, string | undefined>): Promise<ApiProcess> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', PUBLIC_URL: '' };
  delete childEnv.DATABASE_URL;
  delete childEnv.REDIS_URL;
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[name];
    else childEnv[name] = value;
  }
  const child: ChildProcess = spawn(process.execPath, [resolve(repoRoot, 'apps/api/dist/main.js')], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let running = true;
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) =>
    child.once('exit', (code) => {
      running = false;
      done(code);
    }),
  );
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no URL printed in 120 s:\n${output}`)), 120_000);
    const check = () => {
      const match = /Local:\s+http:\/\/localhost:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        done(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code} before serving:\n${output}`));
    });
  });
  return {
    url,
    pid: child.pid as number,
    output: () => output,
    alive: () => running,
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!running) return exited;
      child.kill('SIGTERM');
      return exited;
    },
  };
}
