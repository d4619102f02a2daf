import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A Redis of the spec's own on a free port, so that it can go away and come back without touching the machine's. */
export class PrivateRedis {
  private running = false;

  private constructor(readonly port: number) {}

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.up();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get isUp(): boolean {
    return this.running;
  }

  /** Starts it on its port, empty: nothing is saved across a restart, as after a crash of an unpersisted Redis. */
  async up(): Promise<void> {
    await run('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes']);
    this.running = true;
    const deadline = Date.now() + 5_000;
    while (!(await this.answers())) {
      if (Date.now() > deadline) throw new Error(`redis-server on ${this.port} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stops it at once; resolves once the port no longer answers. */
  async down(): Promise<void> {
    this.running = false;
    // redis-cli fails when the server closes the connection on shutdown, and when it is already down.
    await run('redis-cli', ['-p', String(this.port), 'shutdown', 'nosave']).catch(() => undefined);
    const deadline = Date.now() + 5_000;
    while (await this.answers()) {
      if (Date.now() > deadline) throw new Error(`redis-server on ${this.port} did not stop`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async answers(): Promise<boolean> {
    try {
      const { stdout } = await run('redis-cli', ['-p', String(this.port), 'ping']);
      return stdout.trim() === 'PONG';
    } catch {
      return false;
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
