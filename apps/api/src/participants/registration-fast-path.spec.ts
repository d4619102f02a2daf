import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RegisterParticipantResponse } from '@mufakat/contracts';
import { knownError } from '../common/known-error';
import type { RuntimeConfig } from '../config/runtime-config';
import type { ParticipantsService } from './participants.service';
import { RegistrationFastPath } from './registration-fast-path';

const valid = { name: 'Siti', institution: 'Warga', category: 'service_user', mode: 'room' };

describe(RegistrationFastPath.name, () => {
  let server: Server;
  let url: string;
  const registered: Array<{ code: string; address: string }> = [];
  /** What reached the listener behind the fast path (Express in the api). */
  const passedOn: Array<{ url: string; body: unknown }> = [];

  const start = async (trustProxy: string[]) => {
    const participants = {
      register: async (code: string, _dto: unknown, address: string): Promise<RegisterParticipantResponse> => {
        if (code === 'FULL99') throw knownError('registrationLimitForum');
        registered.push({ code, address });
        return { forumId: 'f', attendeeToken: 't', restored: false } as RegisterParticipantResponse;
      },
    } as unknown as ParticipantsService;
    const config = { publicUrl: 'http://localhost:3000', trustProxy, mode: 'embedded' } as unknown as RuntimeConfig;
    server = createServer((req: IncomingMessage & { body?: unknown }, res) => {
      passedOn.push({ url: req.url ?? '', body: req.body });
      res.end('behind');
    });
    new RegistrationFastPath(participants, config).install(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  afterEach(async () => {
    registered.length = 0;
    passedOn.length = 0;
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers a well-formed registration itself, with the security headers', async () => {
    await start([]);
    const response = await post('/api/join/abc%20123/participants', JSON.stringify(valid));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ forumId: 'f', attendeeToken: 't', restored: false });
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(registered).toEqual([{ code: 'abc 123', address: '127.0.0.1' }]);
    expect(passedOn).toEqual([]);
  });

  it('answers the service refusal as an ApiErrorBody', async () => {
    await start([]);
    const response = await post('/api/join/FULL99/participants', JSON.stringify(valid));
    expect(response.status).toBe(429);
    expect(await response.json()).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED', reason: 'registrationLimitForum' });
  });

  it('passes on other routes, other content types and bodies the pipe refuses (parsed, for the controller)', async () => {
    await start([]);
    await post('/api/join/ABC123', JSON.stringify(valid));
    await post('/api/join/ABC123/participants', JSON.stringify(valid), { 'content-type': 'text/plain' });
    await post('/api/join/ABC123/participants', JSON.stringify({ ...valid, mode: 'hologram' }));
    expect(passedOn).toEqual([
      { url: '/api/join/ABC123', body: undefined },
      { url: '/api/join/ABC123/participants', body: undefined },
      { url: '/api/join/ABC123/participants', body: { ...valid, mode: 'hologram' } },
    ]);
    expect(registered).toEqual([]);
  });

  it('leaves to Express what its guards and parsers must see: a staff session, compressed, empty or odd input', async () => {
    await start([]);
    const path = '/api/join/ABC123/participants';
    await post(path, JSON.stringify(valid), { cookie: 'theme=dark;mufakat_session =abc' });
    await post(path, JSON.stringify(valid), { 'content-encoding': 'gzip' });
    await post(path, '');
    await post('/api/join/AB%00C/participants', JSON.stringify(valid));
    expect(passedOn.map((request) => request.url)).toEqual([path, path, path, '/api/join/AB%00C/participants']);
    expect(registered).toEqual([]);
    // Matched as Express does, a byte-order mark dropped as body-parser does.
    await post('/API/JOIN/ABC123/participants/?lang=en', `\uFEFF${JSON.stringify(valid)}`);
    expect(registered).toEqual([{ code: 'ABC123', address: '127.0.0.1' }]);
    expect(passedOn).toHaveLength(4);
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    await start([]);
    await post('/api/join/ABC123/participants', JSON.stringify(valid), { 'x-forwarded-for': '203.0.113.9' });
    await new Promise((resolve) => server.close(resolve));
    await start(['loopback']);
    await post('/api/join/ABC123/participants', JSON.stringify(valid), { 'x-forwarded-for': '198.51.100.1, 203.0.113.9' });
    expect(registered.map((r) => r.address)).toEqual(['127.0.0.1', '203.0.113.9']);
  });
});
