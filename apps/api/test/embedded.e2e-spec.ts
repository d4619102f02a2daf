import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiPaths, type ForumSummary, type JoinInfo } from '@mufakat/contracts';
import { createPublishedForum, http, registerAttendee, signupStaff } from './support/factories';
import { startEmbeddedServer } from './support/embedded-server';

/** The listening socket's accept-queue length (`ss` shows it as Send-Q). */
function acceptQueueOf(port: string): number {
  const line = execFileSync('ss', ['-ltnH', `sport = :${port}`], { encoding: 'utf8' })
    .trim()
    .split('\n')[0];
  return Number(line.split(/\s+/)[2]);
}

describe('the embedded mode, as `npm start` runs it', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves the api and both web apps on its own PostgreSQL, and keeps the data across a restart', async () => {
    const first = await startEmbeddedServer(dataDir);
    let joinCode: string;
    let email: string;
    try {
      expect(first.output()).toContain('embedded mode');
      expect(first.output()).toMatch(/Staff console:\s+http:\/\/\S+\/console\//);
      // Everyone scanning the QR code at once must queue in the kernel, not be dropped into SYN retries (Linux: `ss`, /proc).
      expect(acceptQueueOf(new URL(first.url).port)).toBe(Math.min(4096, Number(readFileSync('/proc/sys/net/core/somaxconn', 'utf8'))));
      const health = await http<{ status: string }>(first.url, apiPaths.health);
      expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
      for (const page of ['/', '/j/ABCDEF', '/console/', '/console/projector/x']) {
        const response = await fetch(first.url + page);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toContain('text/html');
      }
      const staff = await signupStaff(first.url, 'embedded');
      email = staff.email;
      const forum = await createPublishedForum(first.url, staff.cookie);
      joinCode = forum.joinCode as string;
      await registerAttendee(first.url, joinCode);
    } finally {
      expect(await first.stop()).toBe(0);
    }

    const second = await startEmbeddedServer(dataDir);
    try {
      const login = await http(second.url, apiPaths.login, { body: { email, password: 'correct horse battery' } });
      expect(login.status).toBe(200);
      const forums = await http<ForumSummary[]>(second.url, apiPaths.forums, { cookie: login.cookie });
      expect(forums.body).toEqual([expect.objectContaining({ status: 'published', myRole: 'organiser' })]);
      const info = await http<JoinInfo>(second.url, apiPaths.joinInfo(joinCode.toLowerCase()));
      expect(info.body).toMatchObject({ joinCode, title: 'Forum Konsultasi Publik Layanan KTP-el' });
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it('refuses a bad configuration with a clear message', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, [join(__dirname, '../dist/main.js')], {
      env: { ...process.env, PORT: 'eighty', DATABASE_URL: 'mysql://nope' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toMatch(/PORT[\s\S]*DATABASE_URL/);
  });
});
