// The embedded database of versions up to 0.1, as `startEmbeddedPostgres` ran it then: PGlite, one connection on a
// loopback port, data in DATA_DIR/pgdata. Run as its own process (PGlite's WASM loader needs real dynamic import,
// which Jest's module system lacks); prints the URL, stops cleanly on SIGTERM.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const dir = join(process.argv[2], 'pgdata');
mkdirSync(dir, { recursive: true });
const db = await PGlite.create(dir);
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
await server.start();
console.log(`postgres://postgres@${server.getServerConn()}/postgres`);
process.once('SIGTERM', async () => {
  await server.stop();
  await db.close();
  process.exit(0);
});
