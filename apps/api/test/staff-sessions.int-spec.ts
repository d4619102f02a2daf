import { compare, getRounds } from 'bcryptjs';
import {
  apiPaths,
  CSRF_HEADER,
  LiveEvent,
  type ApiErrorBody,
  type ForumDetail,
  type LiveAuth,
  type SignupResponse,
  type StaffUserView,
} from '@mufakat/contracts';
import { io } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { BCRYPT_ROUNDS, PasswordHasher } from '../src/auth/password-hasher';
import { createPublishedForum, forumRequest, http, registerAttendee, signupStaff, uniqueEmail, type TestSocket } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { StaffUser } from '@mufakat/persistence';

const PASSWORD = 'correct horse battery';

interface BrowserLikeRequest {
  method?: string;
  body?: unknown;
  cookie?: string;
  headers?: Record<string, string>;
  /** Raw body with its own content type: what a cross-site `<form>` posts. */
  form?: string;
}

/** A request as a browser page would send it: with its own Origin (and, from the console, the CSRF header). */
async function send<T = unknown>(baseUrl: string, path: string, init: BrowserLikeRequest = {}): Promise<{ status: number; body: T; cookie?: string }> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  let body: string | undefined;
  if (init.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = init.form;
  } else if (init.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.body);
  }
  const response = await fetch(baseUrl + path, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await response.text();
  const setCookie = response.headers.get('set-cookie');
  return {
    status: response.status,
    body: (text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T,
    cookie: setCookie ? setCookie.split(';')[0] : undefined,
  };
}

/** Opens a socket with the given handshake headers; resolves with it, or rejects with the server's refusal. */
function openSocket(baseUrl: string, auth: LiveAuth, headers: Record<string, string>): Promise<TestSocket> {
  const socket: TestSocket = io(baseUrl, { auth: { ...auth }, transports: ['websocket'], extraHeaders: headers, reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

function refusalOf(error: unknown): { code?: string; message?: string } {
  return ((error as { data?: unknown }).data ?? {}) as { code?: string; message?: string };
}

/** Resolves with the reason the server gave when it drops the socket. */
function disconnection(socket: TestSocket, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still connected after ${timeoutMs} ms`)), timeoutMs);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

async function login(baseUrl: string, email: string, password = PASSWORD): Promise<string> {
  const result = await http(baseUrl, apiPaths.login, { body: { email, password } });
  if (result.status !== 200 || !result.cookie) throw new Error(`login failed: ${result.status} ${JSON.stringify(result.body)}`);
  return result.cookie;
}

describe('staff sessions: origin checks, CSRF, logout, password change, removing members', () => {
  let api: TestApp;
  let db: DataSource;
  let apiOrigin: string;
  /** Another port of the same host: the same site for SameSite cookies, another origin for the browser. */
  let strangerOrigin: string;
  const sockets: TestSocket[] = [];

  const track = <T extends TestSocket>(socket: T): T => {
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    apiOrigin = new URL(api.url).origin;
    const port = Number(new URL(api.url).port);
    strangerOrigin = `http://127.0.0.1:${port === 65535 ? port - 1 : port + 1}`;
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await api.close();
  });

  describe('cookie-authenticated sockets', () => {
    let cookie: string;
    let forum: ForumDetail;

    beforeAll(async () => {
      cookie = (await signupStaff(api.url, 'origin-organiser')).cookie;
      forum = await createPublishedForum(api.url, cookie);
    });

    it('refuse a staff socket opened by a page of another origin, even on the same host', async () => {
      const refused = await openSocket(api.url, { forumId: forum.id }, { cookie, origin: strangerOrigin }).then(
        () => null,
        (error: unknown) => refusalOf(error),
      );
      expect(refused).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining(strangerOrigin) });
      // A page that hides its origin still says what kind of request it is.
      const hidden = await openSocket(api.url, { forumId: forum.id }, { cookie, origin: 'null' }).then(
        () => null,
        (error: unknown) => refusalOf(error),
      );
      expect(hidden).toMatchObject({ code: 'FORBIDDEN' });
      const crossSite = await openSocket(api.url, { forumId: forum.id }, { cookie, 'sec-fetch-site': 'same-site' }).then(
        () => null,
        (error: unknown) => refusalOf(error),
      );
      expect(crossSite).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('accept the api as reached, the public URL, and clients that are not browsers', async () => {
      for (const headers of [{ cookie, origin: apiOrigin }, { cookie, origin: 'http://mufakat.test' }, { cookie }] as Array<Record<string, string>>) {
        const socket = track(await openSocket(api.url, { forumId: forum.id }, headers));
        const snapshot = await socket.timeout(5000).emitWithAck(LiveEvent.sync, {});
        expect(snapshot).toMatchObject({ ok: true, data: { viewer: { role: 'organiser' } } });
        socket.close();
      }
    });

    it('leave attendee sockets as they were: a token, not a cookie', async () => {
      const { attendeeToken } = await registerAttendee(api.url, forum.joinCode as string);
      const socket = track(await openSocket(api.url, { forumId: forum.id, attendeeToken }, { origin: strangerOrigin }));
      expect(socket.connected).toBe(true);
      socket.close();
    });
  });

  describe('state-changing REST with the staff cookie', () => {
    let cookie: string;

    beforeAll(async () => {
      cookie = (await signupStaff(api.url, 'csrf-organiser')).cookie;
    });

    const draftForum = async () => {
      const created = await http<ForumDetail>(api.url, apiPaths.forums, { body: forumRequest(), cookie });
      expect(created.status).toBe(201);
      return created.body;
    };

    it('refuses a body-less form post from a page of another origin, and the forum stays a draft', async () => {
      const forum = await draftForum();
      const forged = await send<ApiErrorBody>(api.url, apiPaths.publishForum(forum.id), {
        method: 'POST',
        form: '',
        cookie,
        headers: { origin: strangerOrigin },
      });
      expect(forged.status).toBe(403);
      expect(forged.body).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining(strangerOrigin) });
      const after = await http<ForumDetail>(api.url, apiPaths.forum(forum.id), { cookie });
      expect(after.body.status).toBe('draft');
    });

    it('refuses a browser request without the CSRF header, even from the right origin; the console’s way works', async () => {
      const forum = await draftForum();
      const withoutHeader = await send<ApiErrorBody>(api.url, apiPaths.publishForum(forum.id), { method: 'POST', cookie, headers: { origin: apiOrigin } });
      expect(withoutHeader.status).toBe(403);
      expect(withoutHeader.body).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining(CSRF_HEADER.name) });
      const sameSite = await send<ApiErrorBody>(api.url, apiPaths.publishForum(forum.id), {
        method: 'POST',
        cookie,
        headers: { 'sec-fetch-site': 'same-site', [CSRF_HEADER.name]: CSRF_HEADER.value },
      });
      expect(sameSite.status).toBe(403);
      expect((await http<ForumDetail>(api.url, apiPaths.forum(forum.id), { cookie })).body.status).toBe('draft');

      // What libs/client's apiFetch sends from the console, served by the api itself or at the public URL.
      for (const origin of [apiOrigin, 'http://mufakat.test']) {
        const created = await send<ForumDetail>(api.url, apiPaths.forums, {
          body: forumRequest(),
          cookie,
          headers: { origin, 'sec-fetch-site': 'same-origin', [CSRF_HEADER.name]: CSRF_HEADER.value },
        });
        expect(created.status).toBe(201);
      }
      const published = await send<ForumDetail>(api.url, apiPaths.publishForum(forum.id), {
        method: 'POST',
        cookie,
        headers: { origin: apiOrigin, [CSRF_HEADER.name]: CSRF_HEADER.value },
      });
      expect(published.status).toBe(200);
      expect(published.body.status).toBe('published');
    });

    it('guards the auth routes too: no page elsewhere logs anyone in or out', async () => {
      const email = uniqueEmail('login-csrf');
      expect((await http(api.url, apiPaths.signup, { body: { email, password: PASSWORD, name: 'Login CSRF' } })).status).toBe(201);
      const forgedLogin = await send(api.url, apiPaths.login, { body: { email, password: PASSWORD }, headers: { origin: strangerOrigin } });
      expect(forgedLogin.status).toBe(403);
      expect(forgedLogin.cookie).toBeUndefined();
      const forgedLogout = await send(api.url, apiPaths.logout, { method: 'POST', cookie, headers: { origin: strangerOrigin } });
      expect(forgedLogout.status).toBe(403);
      expect((await http(api.url, apiPaths.me, { cookie })).status).toBe(200);
    });

    it('lets reads through: their answers cannot be read cross-origin', async () => {
      expect((await send(api.url, apiPaths.me, { cookie, headers: { origin: strangerOrigin } })).status).toBe(200);
    });
  });

  describe('logout', () => {
    it('ends the session on the server: the old cookie no longer answers /me nor opens a socket, and its sockets drop', async () => {
      const { cookie } = await signupStaff(api.url, 'logout');
      const forum = await createPublishedForum(api.url, cookie);
      const open = track(await openSocket(api.url, { forumId: forum.id }, { cookie }));
      const dropped = disconnection(open);

      const logout = await http(api.url, apiPaths.logout, { method: 'POST', cookie });
      expect(logout.status).toBe(204);
      await expect(dropped).resolves.toBe('io server disconnect');

      const me = await http<ApiErrorBody>(api.url, apiPaths.me, { cookie });
      expect(me.status).toBe(401);
      expect(me.body.code).toBe('UNAUTHENTICATED');
      const refused = await openSocket(api.url, { forumId: forum.id }, { cookie }).then(
        () => null,
        (error: unknown) => refusalOf(error),
      );
      expect(refused).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect((await http(api.url, apiPaths.publishForum(forum.id), { method: 'POST', cookie })).status).toBe(401);
    });

    it('a socket whose session ended unseen is refused at its next event, and the event is not carried out', async () => {
      const { cookie, email } = await signupStaff(api.url, 'logout-missed');
      const forum = await createPublishedForum(api.url, cookie);
      const socket = track(await openSocket(api.url, { forumId: forum.id }, { cookie }));
      expect(await socket.timeout(5000).emitWithAck(LiveEvent.sync, {})).toMatchObject({ ok: true });
      // Straight in the database, as if the disconnection had been lost on the way; only the per-event check is left.
      await db.query(`DELETE FROM staff_sessions WHERE user_id = (SELECT id FROM staff_users WHERE email = $1)`, [email]);
      const dropped = disconnection(socket);
      const answer = await socket.timeout(5000).emitWithAck(LiveEvent.showOnProjector, { view: { mode: 'agenda' } });
      expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      await expect(dropped).resolves.toBe('io server disconnect');
      // The handler would have written its audit row by now had it run beside the check.
      await new Promise((done) => setTimeout(done, 300));
      const shown = await db.query(`SELECT action FROM audit_log WHERE forum_id = $1 AND action = 'projector.show'`, [forum.id]);
      expect(shown).toEqual([]);
    });
  });

  describe('changing the password', () => {
    it('keeps this session, ends every other one (and its sockets), and checks the current password', async () => {
      const { cookie: here, email } = await signupStaff(api.url, 'password');
      const elsewhere = await login(api.url, email);
      const forum = await createPublishedForum(api.url, here);
      const socketElsewhere = track(await openSocket(api.url, { forumId: forum.id }, { cookie: elsewhere }));
      const socketHere = track(await openSocket(api.url, { forumId: forum.id }, { cookie: here }));
      const dropped = disconnection(socketElsewhere);

      const wrongCurrent = await http<ApiErrorBody>(api.url, apiPaths.password, {
        body: { currentPassword: 'not my password', newPassword: 'a new and long passphrase' },
        cookie: here,
      });
      expect(wrongCurrent.status).toBe(400);
      expect(wrongCurrent.body.details).toEqual([expect.stringContaining('currentPassword')]);
      const weak = await http<ApiErrorBody>(api.url, apiPaths.password, { body: { currentPassword: PASSWORD, newPassword: 'Password2026!' }, cookie: here });
      expect(weak.status).toBe(400);
      expect(weak.body.details).toEqual([expect.stringMatching(/^newPassword is one of the most common passwords/)]);
      expect((await http(api.url, apiPaths.me, { cookie: elsewhere })).status).toBe(200);

      const changed = await http(api.url, apiPaths.password, { body: { currentPassword: PASSWORD, newPassword: 'a new and long passphrase' }, cookie: here });
      expect(changed.status).toBe(204);
      await expect(dropped).resolves.toBe('io server disconnect');
      expect((await http(api.url, apiPaths.me, { cookie: elsewhere })).status).toBe(401);
      expect((await http<StaffUserView>(api.url, apiPaths.me, { cookie: here })).body.email).toBe(email);
      expect(socketHere.connected).toBe(true);
      expect(await socketHere.timeout(5000).emitWithAck(LiveEvent.sync, {})).toMatchObject({ ok: true });

      expect((await http(api.url, apiPaths.login, { body: { email, password: PASSWORD } })).status).toBe(401);
      expect((await http(api.url, apiPaths.login, { body: { email, password: 'a new and long passphrase' } })).status).toBe(200);
      const audit = await db.query(`SELECT action FROM audit_log WHERE actor_user_id = (SELECT id FROM staff_users WHERE email = $1)`, [email]);
      expect(audit).toEqual(expect.arrayContaining([{ action: 'staff.password.change' }]));
    });
  });

  describe('forum members', () => {
    let organiserCookie: string;
    let moderatorCookie: string;
    let moderatorId: string;
    let moderatorEmail: string;
    let forum: ForumDetail;

    beforeAll(async () => {
      organiserCookie = (await signupStaff(api.url, 'members-organiser')).cookie;
      const moderator = await signupStaff(api.url, 'members-moderator');
      moderatorCookie = moderator.cookie;
      moderatorEmail = moderator.email;
      forum = await createPublishedForum(api.url, organiserCookie);
      const invited = await http<{ userId: string }>(api.url, apiPaths.forumMembers(forum.id), {
        body: { email: moderator.email, role: 'moderator' },
        cookie: organiserCookie,
      });
      moderatorId = invited.body.userId;
    });

    it('a member whose role changes is disconnected, and reconnects to a snapshot for the new role', async () => {
      const socket = track(await openSocket(api.url, { forumId: forum.id }, { cookie: moderatorCookie }));
      expect(await socket.timeout(5000).emitWithAck(LiveEvent.sync, {})).toMatchObject({ ok: true, data: { viewer: { role: 'moderator' } } });
      const dropped = disconnection(socket);
      const changed = await http(api.url, apiPaths.forumMembers(forum.id), { body: { email: moderatorEmail, role: 'facilitator' }, cookie: organiserCookie });
      expect(changed.status).toBe(201);
      await expect(dropped).resolves.toBe('io server disconnect');
      const again = track(await openSocket(api.url, { forumId: forum.id }, { cookie: moderatorCookie }));
      expect(await again.timeout(5000).emitWithAck(LiveEvent.sync, {})).toMatchObject({ ok: true, data: { viewer: { role: 'facilitator' } } });
      again.close();
      await http(api.url, apiPaths.forumMembers(forum.id), { body: { email: moderatorEmail, role: 'moderator' }, cookie: organiserCookie });
    });

    it('only the organiser removes members, and never the organiser', async () => {
      const byModerator = await http<ApiErrorBody>(api.url, apiPaths.forumMember(forum.id, moderatorId), { method: 'DELETE', cookie: moderatorCookie });
      expect(byModerator.status).toBe(403);
      const organiserId = forum.members.find((member) => member.role === 'organiser')?.userId as string;
      const organiser = await http<ApiErrorBody>(api.url, apiPaths.forumMember(forum.id, organiserId), { method: 'DELETE', cookie: organiserCookie });
      expect(organiser.status).toBe(409);
      expect(organiser.body.code).toBe('CONFLICT');
      const stranger = await http<ApiErrorBody>(api.url, apiPaths.forumMember(forum.id, '00000000-0000-4000-8000-000000000000'), {
        method: 'DELETE',
        cookie: organiserCookie,
      });
      expect(stranger.status).toBe(404);
    });

    it('a removed member’s open socket is dropped and they can no longer act, live or over REST; it is audited', async () => {
      const socket = track(await openSocket(api.url, { forumId: forum.id }, { cookie: moderatorCookie }));
      expect(await socket.timeout(5000).emitWithAck(LiveEvent.sync, {})).toMatchObject({ ok: true });
      const dropped = disconnection(socket);

      const removed = await http(api.url, apiPaths.forumMember(forum.id, moderatorId), { method: 'DELETE', cookie: organiserCookie });
      expect(removed.status).toBe(204);
      await expect(dropped).resolves.toBe('io server disconnect');

      const refused = await openSocket(api.url, { forumId: forum.id }, { cookie: moderatorCookie }).then(
        () => null,
        (error: unknown) => refusalOf(error),
      );
      expect(refused).toMatchObject({ code: 'FORBIDDEN' });
      expect((await http(api.url, apiPaths.forum(forum.id), { cookie: moderatorCookie })).status).toBe(404);
      const detail = await http<ForumDetail>(api.url, apiPaths.forum(forum.id), { cookie: organiserCookie });
      expect(detail.body.members.map((member) => member.userId)).not.toContain(moderatorId);
      const audit = await db.query(`SELECT action, subject_id FROM audit_log WHERE forum_id = $1 AND action = 'forum.member.remove'`, [forum.id]);
      expect(audit).toEqual([{ action: 'forum.member.remove', subject_id: moderatorId }]);
    });

    it('a socket that missed its disconnection is stopped at its next event', async () => {
      const { cookie, email } = await signupStaff(api.url, 'members-missed');
      await http(api.url, apiPaths.forumMembers(forum.id), { body: { email, role: 'moderator' }, cookie: organiserCookie });
      const socket = track(await openSocket(api.url, { forumId: forum.id }, { cookie }));
      expect(await socket.timeout(5000).emitWithAck(LiveEvent.sync, {})).toMatchObject({ ok: true });
      // Straight in the database, as if the disconnection had been lost on the way (a Redis blip between replicas).
      await db.query(`DELETE FROM forum_members WHERE forum_id = $1 AND user_id = (SELECT id FROM staff_users WHERE email = $2)`, [forum.id, email]);
      const dropped = disconnection(socket);
      const answer = await socket.timeout(5000).emitWithAck(LiveEvent.sync, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      await expect(dropped).resolves.toBe('io server disconnect');
    });
  });

  describe('email enumeration', () => {
    it('an unknown email costs the same bcrypt work as a known one: a real hash of the same cost', async () => {
      const { email } = await signupStaff(api.url, 'timing');
      const stored = await db.getRepository(StaffUser).findOneByOrFail({ email });
      const hasher = api.app.get(PasswordHasher);
      const verify = jest.spyOn(hasher, 'verify');
      try {
        expect((await http(api.url, apiPaths.login, { body: { email: uniqueEmail('nobody'), password: PASSWORD } })).status).toBe(401);
        expect((await http(api.url, apiPaths.login, { body: { email, password: 'not the password' } })).status).toBe(401);
        expect(verify.mock.calls).toEqual([
          [PASSWORD, null],
          ['not the password', stored.passwordHash],
        ]);
      } finally {
        verify.mockRestore();
      }
      // What an unknown email is compared against (password-hasher.spec.ts shows it is): a well-formed hash of the same cost.
      const dummy = await hasher.dummyHash();
      expect(dummy).toMatch(/^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/);
      expect(getRounds(dummy)).toBe(getRounds(stored.passwordHash));
      expect(getRounds(dummy)).toBe(BCRYPT_ROUNDS);
      await expect(compare(PASSWORD, dummy)).resolves.toBe(false);
    });

    it('sign-up answers a taken email as it answers a new one, without touching the account, and audits it', async () => {
      const { email, cookie } = await signupStaff(api.url, 'taken');
      const fresh = await http<SignupResponse>(api.url, apiPaths.signup, { body: { email: uniqueEmail('fresh'), password: PASSWORD, name: 'Baru' } });
      const taken = await http<SignupResponse>(api.url, apiPaths.signup, { body: { email: email.toUpperCase(), password: 'another password', name: 'Baru' } });
      expect(taken.status).toBe(fresh.status);
      expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort());
      expect(taken.body).toEqual({ email, name: 'Baru' });
      expect(taken.cookie).toBeUndefined();
      expect((await http(api.url, apiPaths.me, { cookie })).status).toBe(200);
      expect((await http(api.url, apiPaths.login, { body: { email, password: 'another password' } })).status).toBe(401);
      expect((await http(api.url, apiPaths.login, { body: { email, password: PASSWORD } })).status).toBe(200);
      const audit = await db.query(`SELECT action FROM audit_log WHERE subject_id = (SELECT id FROM staff_users WHERE email = $1)`, [email]);
      expect(audit).toEqual([{ action: 'staff.signup.existing-email' }]);
    });
  });

  describe('password rules', () => {
    it.each([
      ['12345678', /password must be at least 10 characters/],
      ['1234567890', /password is one of the most common passwords/],
      ['QwertyUiop', /password is one of the most common passwords/],
      ['Bismillah2026!', /password is one of the most common passwords/],
      ['abababababab', /password uses fewer than 4 different characters/],
      ['3456789012', /password is a run of consecutive letters or digits/],
    ])('refuse %s at sign-up with a clear message', async (password, message) => {
      const result = await http<ApiErrorBody>(api.url, apiPaths.signup, { body: { email: uniqueEmail('weak'), password, name: 'Lemah' } });
      expect(result.status).toBe(400);
      expect(result.body.code).toBe('VALIDATION_FAILED');
      expect(result.body.details).toEqual([expect.stringMatching(message)]);
    });
  });
});
