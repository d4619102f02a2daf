import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, release, totalmem } from 'node:os';
import pg from 'pg';

const require = createRequire(import.meta.url);

export async function describeMachine(adminUrl) {
  const cpuModel = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const { rows } = await client.query(`SELECT current_setting('server_version') AS version, current_setting('synchronous_commit') AS sync,
    current_setting('fsync') AS fsync, current_setting('shared_buffers') AS shared_buffers, current_setting('max_connections') AS max_connections`);
  await client.end();
  const version = (name) => require(`${name}/package.json`).version;
  return {
    cpu: cpuModel.trim(),
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    kernel: release(),
    virtualisation: spawnSync('systemd-detect-virt').stdout?.toString().trim() || null,
    node: process.version,
    postgres: rows[0].version,
    postgresSettings: {
      synchronous_commit: rows[0].sync,
      fsync: rows[0].fsync,
      shared_buffers: rows[0].shared_buffers,
      max_connections: rows[0].max_connections,
    },
    socketIo: version('socket.io'),
    socketIoClient: version('socket.io-client'),
    bufferutil: (() => {
      try {
        require.resolve('bufferutil');
        return true;
      } catch {
        return false;
      }
    })(),
    fdLimit: Number(spawnSync('sh', ['-c', 'ulimit -n']).stdout?.toString().trim()),
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
