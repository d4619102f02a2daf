import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiPaths, LiveEvent, type ForumSnapshot, type ForumSummary, type JoinInfo } from '@mufakat/contracts';
import { createApp } from '../src/app.factory';
import type { RuntimeConfig } from '../src/config/runtime-config';
import { startEmbeddedServer } from './support/embedded-server';
import { createPublishedForum, http, LiveTestClient, registerAttendee, signupStaff } from './support/factories';

/** The embedded database of the previous version (PGlite) on DATA_DIR/pgdata, in a process of its own. */
async function startLegacyPglite(dataDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [join(__dirname, 'support/legacy-pglite-server.mjs'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  const url = await new Promise<string>((done, fail) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /postgres:\/\/\S+/.exec(output);
      if (match) done(match[0]);
    });
    void exited.then((code) => fail(new Error(`the PGlite server exited with ${code}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    },
  };
}

/** The api on the previous version's database: the data a district office has before it upgrades. */
async function writeLegacyFolder(dataDir: string) {
  const legacy = await startLegacyPglite(dataDir);
  const config: RuntimeConfig = {
    mode: 'embedded',
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: legacy.url,
    databasePoolSize: 1,
    redisUrl: null,
    publicUrl: 'http://127.0.0.1',
    // The product started below takes SESSION_SECRET from the environment when set (CI sets one), else DATA_DIR's.
    sessionSecret: process.env.SESSION_SECRET ?? 'legacy-session-secret-legacy-session-secret-0123',
    web: { audienceDir: null, consoleDir: null },
    documents: { dir: join(dataDir, 'documents'), timeZone: 'Asia/Jakarta', queue: 'in-process' },
    tallyFlushMs: 100,
  };
  writeFileSync(join(dataDir, 'session-secret'), config.sessionSecret, { mode: 0o600 });
  const app = await createApp(config, ['error']);
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  try {
    const staff = await signupStaff(url, 'legacy');
    const forum = await createPublishedForum(url, staff.cookie);
    const attendees = [];
    for (const name of ['Siti Aminah', 'Budi Santoso', 'Made Wirawan']) attendees.push(await registerAttendee(url, forum.joinCode as string, { name }));
    const client = await LiveTestClient.connect(url, { forumId: forum.id, attendeeToken: attendees[0].attendeeToken });
    const asked = await client.emit(LiveEvent.ask, { text: 'Berapa lama penerbitan KTP-el?' });
    client.close();
    expect(asked.ok).toBe(true);
    return { staff, forum, attendees };
  } finally {
    await app.close();
    await legacy.stop();
  }
}

describe('upgrading an embedded data folder written by PGlite', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-upgrade-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('copies its rows into the PostgreSQL 18 cluster on the first start and keeps the old folder as a backup', async () => {
    const before = await writeLegacyFolder(dataDir);
    expect(existsSync(join(dataDir, 'pgdata', 'PG_VERSION'))).toBe(true);

    for (const round of ['upgrade', 'restart']) {
      const server = await startEmbeddedServer(dataDir);
      try {
        if (round === 'upgrade') expect(server.output()).toMatch(/Upgrading the embedded database[\s\S]*rows in \d+ tables copied/);
        else expect(server.output()).not.toContain('Upgrading');
        const login = await http(server.url, apiPaths.login, { body: { email: before.staff.email, password: 'correct horse battery' } });
        expect(login.status).toBe(200);
        const forums = await http<ForumSummary[]>(server.url, apiPaths.forums, { cookie: login.cookie });
        expect(forums.body).toEqual([expect.objectContaining({ id: before.forum.id, status: 'published', myRole: 'organiser' })]);
        const info = await http<JoinInfo>(server.url, apiPaths.joinInfo(before.forum.joinCode as string));
        expect(info.body).toMatchObject({ joinCode: before.forum.joinCode, title: before.forum.title });
        // The attendee's token still opens the forum, and the room counts who registered (one more after each start).
        const client = await LiveTestClient.connect(server.url, { forumId: before.forum.id, attendeeToken: before.attendees[0].attendeeToken });
        const sync = await client.emit(LiveEvent.sync, { reason: 'connect' });
        client.close();
        expect(sync.ok).toBe(true);
        expect((sync as { ok: true; data: ForumSnapshot }).data.viewer).toMatchObject({ role: 'attendee' });
        const organiser = await LiveTestClient.connect(server.url, { forumId: before.forum.id }, login.cookie);
        const staffSync = await organiser.emit(LiveEvent.sync, { reason: 'connect' });
        organiser.close();
        expect((staffSync as { ok: true; data: ForumSnapshot }).data.attendance?.room).toBe(round === 'upgrade' ? 3 : 4);
        // A new registration after the upgrade: the new cluster takes writes.
        await registerAttendee(server.url, before.forum.joinCode as string, { name: `after ${round}` });
      } finally {
        expect(await server.stop()).toBe(0);
      }
    }
    expect(existsSync(join(dataDir, 'pgdata'))).toBe(false);
    expect(existsSync(join(dataDir, 'pgdata-pglite-backup', 'PG_VERSION'))).toBe(true);
    expect(readFileSync(join(dataDir, 'postgres', 'PG_VERSION'), 'utf8').trim()).toBe('18');
  });
});
