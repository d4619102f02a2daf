import { randomUUID } from 'node:crypto';
import {
  apiPaths,
  EXPORT_KINDS,
  LiveEvent,
  roleAllows,
  type Ack,
  type DocumentVersionView,
  type ErrorCode,
  type ForumPermission,
  type RepresentativeView,
} from '@mufakat/contracts';
import { io } from 'socket.io-client';
import { http, LiveTestClient } from '../support/factories';
import { blankPng } from '../support/images';
import { startTestApp, type TestApp } from '../support/test-app';
import { differences, fingerprint } from './support/db-fingerprint';
import { ForumFixture, OF_ANOTHER_FORUM, PRINCIPALS, projectorKeyOf, type Principal } from './support/forum-fixture';
import { hostileCase, nestedArrays, seededRandom } from './support/hostile-payloads';
import { FUZZ_SEED, fuzzLiveEvents, fuzzTemplates } from './support/fuzz-run';
import { expectedAllowed, LIVE_EVENTS } from './support/live-event-table';

const CASES_PER_EVENT_AND_PRINCIPAL = 12;
/** The change streams' counters move as cut sockets reconnect (attendance is numbered): no payload's data. */
const streamCounters = { forums: ['seq', 'staff_seq'] };
/** What an authorisation refusal looks like: not allowed, or (another forum's data) not there for this caller. */
const DENIALS: readonly ErrorCode[] = ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];

const events = Object.entries(LIVE_EVENTS) as Array<[keyof typeof LIVE_EVENTS, (typeof LIVE_EVENTS)[keyof typeof LIVE_EVENTS]]>;
const eventName = (key: keyof typeof LIVE_EVENTS) => LiveEvent[key];

/** Connects with any handshake at all; resolves with the refusal's code, or 'connected'. */
function handshake(url: string, auth: unknown, cookie?: string): Promise<string> {
  const socket = io(url, {
    auth: auth as Record<string, unknown>,
    transports: ['websocket'],
    extraHeaders: cookie ? { cookie } : undefined,
    reconnection: false,
    forceNew: true,
  });
  let timer: NodeJS.Timeout | undefined;
  return new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('no answer in 5 s'), 5_000);
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (error: Error & { data?: { code?: string } }) => resolve(error.data?.code ?? `transport: ${error.message}`));
    // A handshake over the message limit is cut off without an answer, as any oversized message is.
    socket.io.once('close', (reason) => setTimeout(() => resolve(`closed: ${reason}`), 250));
  }).finally(() => {
    clearTimeout(timer);
    socket.close();
  });
}

/** One api and one fixture for every spec of the file: staff sign-ups hash passwords, which is slow on a busy machine. */
let api: TestApp;
let fx: ForumFixture;

beforeAll(async () => {
  api = await startTestApp({ redis: true });
  fx = new ForumFixture(api.url);
  await fx.setUp();
});

afterAll(async () => {
  fx?.close();
  await api?.close();
});

describe('live api under abuse: hostile payloads and the authorisation matrix', () => {
  const databaseUrl = process.env.TEST_DATABASE_URL as string;

  it(`answers ${CASES_PER_EVENT_AND_PRINCIPAL} seeded hostile payloads per event and principal with an error, and stores nothing`, async () => {
    const templates = await fuzzTemplates(fx);
    const before = await fingerprint(databaseUrl, streamCounters);
    const { cases, failures, ms } = await fuzzLiveEvents(fx, templates, CASES_PER_EVENT_AND_PRINCIPAL);
    console.log(`socket fuzzer: ${cases} hostile cases (${PRINCIPALS.length} principals × ${events.length} events), seed ${FUZZ_SEED}, ${ms} ms`);
    expect(failures).toEqual([]);
    // No key of a payload reached a prototype of this process, where the api runs.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(differences(before, await fingerprint(databaseUrl, streamCounters))).toEqual({});
    expect((await http(api.url, apiPaths.health)).status).toBe(200);
  });

  it('refuses hostile handshakes, and credentials of another forum, before any event', async () => {
    const random = seededRandom(FUZZ_SEED + 1);
    const forumId = fx.forum.id;
    const auths: unknown[] = [
      undefined,
      {},
      { forumId },
      { forumId: 'not-a-uuid' },
      { forumId: 42 },
      { forumId: [forumId] },
      { forumId: { $ne: null } },
      { forumId, attendeeToken: 42 },
      { forumId, attendeeToken: '' },
      { forumId, attendeeToken: 'x'.repeat(10_000) },
      { forumId, attendeeToken: `a\u0000b` },
      { forumId, attendeeToken: '\ud800' },
      { forumId, projectorKey: '' },
      { forumId, projectorKey: ['k'] },
      { forumId, projectorKey: 'x'.repeat(10_000) },
      { forumId: `${forumId}\u0000` },
      { forumId, attendeeToken: nestedArrays(3_000) },
      JSON.parse(`{"forumId":"${forumId}","__proto__":{"attendeeToken":"x","kind":"staff"}}`),
      // Extra keys in `auth` are no credential and harmless: only cases that spoil the credentials themselves.
      ...Array.from({ length: 40 }, () => hostileCase({ forumId, attendeeToken: fx.attendeeToken }, [], random))
        .filter((c) => !c.label.startsWith('extra key'))
        .map((c) => c.payload),
    ];
    const refusals = await Promise.all(auths.map((auth) => handshake(api.url, auth)));
    // Refused with a code, or, over the message limit or with an auth that is no object (Socket.IO's parser refuses
    // it), cut without an answer: never connected, never left waiting.
    refusals.forEach((code, i) =>
      expect([i, code]).toEqual([i, expect.stringMatching(/^(VALIDATION_FAILED|UNAUTHENTICATED|FORBIDDEN|closed: transport close)$/)]),
    );
    const crossed = {
      "another forum's attendee token": await handshake(api.url, { forumId, attendeeToken: fx.otherAttendeeToken }),
      "another forum's projector key": await handshake(api.url, { forumId, projectorKey: projectorKeyOf(fx.otherForum) }),
      'staff of another forum': await handshake(api.url, { forumId }, fx.staff.otherStaff.cookie),
      'staff, for a forum that does not exist': await handshake(api.url, { forumId: randomUUID() }, fx.staff.organiser.cookie),
      "an attendee's token for a forum that does not exist": await handshake(api.url, { forumId: randomUUID(), attendeeToken: fx.attendeeToken }),
    };
    expect(crossed).toEqual({
      "another forum's attendee token": 'UNAUTHENTICATED',
      "another forum's projector key": 'FORBIDDEN',
      'staff of another forum': 'FORBIDDEN',
      'staff, for a forum that does not exist': 'FORBIDDEN',
      "an attendee's token for a forum that does not exist": 'UNAUTHENTICATED',
    });
    console.log(`handshakes: ${auths.length} hostile and ${Object.keys(crossed).length} cross-forum handshakes refused`);
    expect((await http(api.url, apiPaths.health)).status).toBe(200);
  });

  it('disconnects a socket that sends more than the message limit, and keeps serving the others', async () => {
    const before = await fingerprint(databaseUrl, streamCounters);
    const flooder = await LiveTestClient.connect(api.url, { forumId: fx.forum.id, attendeeToken: fx.attendeeToken });
    const disconnected = new Promise<string>((resolve) => flooder.socket.once('disconnect', (reason) => resolve(reason)));
    void flooder.emitRaw(LiveEvent.ask, { text: 'x'.repeat(64 * 1024) }).catch(() => undefined);
    expect(await disconnected).toMatch(/transport (close|error)/);
    // The fuzzer's syncs may still fill this attendee's window on a fast machine: wait it out, then it must answer.
    expect(await fx.must(fx.sockets.attendee, LiveEvent.sync, { reason: 'gap' })).toHaveProperty('seq');
    expect(differences(before, await fingerprint(databaseUrl, streamCounters))).toEqual({});
  });

  it('lets exactly the principals the permission table names send each event, and keeps other forums out of this one', async () => {
    const wrong: string[] = [];
    let checks = 0;
    let accepted = 0;
    // Another forum's caller naming this forum's data may be refused as invalid for its own forum (a reorder listing
    // ids it does not have): any refusal does for them, and forum A's state is compared as a whole besides.
    const decide = (principal: Principal, key: keyof typeof LIVE_EVENTS, ack: Ack<unknown>) => {
      checks++;
      const allowed = expectedAllowed(LIVE_EVENTS[key], principal);
      const where = `${principal} ${eventName(key)}`;
      if (ack.ok) {
        accepted++;
        if (!allowed) wrong.push(`${where}: allowed, the table says deny`);
      } else if (allowed && (DENIALS.includes(ack.error.code) || ack.error.code === 'VALIDATION_FAILED' || ack.error.code === 'INTERNAL')) {
        wrong.push(`${where}: refused ${JSON.stringify(ack.error)}, the table says allow`);
      } else if (!allowed && !DENIALS.includes(ack.error.code) && !OF_ANOTHER_FORUM.includes(principal)) {
        wrong.push(`${where}: refused with ${ack.error.code}, not as unauthorised`);
      }
    };

    // Callers of another forum first, with payloads naming this forum's data: forum A must not change at all.
    const theirs: Array<[Principal, keyof typeof LIVE_EVENTS, Record<string, unknown>]> = [];
    for (const principal of OF_ANOTHER_FORUM) for (const [key, spec] of events) theirs.push([principal, key, await spec.valid(fx, principal)]);
    const stateBefore = await fx.forumState();
    for (const [principal, key, payload] of theirs) decide(principal, key, await fx.sockets[principal].emitRaw(eventName(key), payload));
    expect(await fx.forumState()).toEqual(stateBefore);

    for (const principal of PRINCIPALS.filter((p) => !OF_ANOTHER_FORUM.includes(p))) {
      for (const [key, spec] of events) {
        const payload = await spec.valid(fx, principal);
        decide(principal, key, await fx.sockets[principal].emitRaw(eventName(key), payload));
      }
    }
    console.log(`authorisation matrix (socket): ${checks} checks, ${accepted} accepted, ${checks - accepted} refused`);
    expect(wrong).toEqual([]);
  });
});

/** Who calls a staff REST route: no one, an attendee with their bearer token, staff of another forum, or a role here. */
const REST_CALLERS = ['anonymous', 'attendee', 'otherStaff', 'facilitator', 'moderator', 'organiser'] as const;
type RestCaller = (typeof REST_CALLERS)[number];

interface RestRoute {
  name: string;
  requires: ForumPermission;
  /** Sends the request as `caller`; `auth` is its cookie or bearer token. */
  send: (fx: ForumFixture, auth: { cookie?: string; bearer?: string }) => Promise<number>;
}

async function uploadPhoto(url: string, forumId: string, auth: { cookie?: string; bearer?: string }): Promise<number> {
  const form = new FormData();
  form.append('photo', new Blob([new Uint8Array(blankPng(8, 8))], { type: 'image/png' }), 'foto.png');
  form.append('caption', 'Suasana forum');
  const headers: Record<string, string> = {};
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
  return (await fetch(url + apiPaths.photos(forumId), { method: 'POST', body: form, headers })).status;
}

describe('staff REST routes × callers, from the permission table', () => {
  /** Made by the organiser for the routes that name one. */
  const made = { documentId: '', representativeId: '', photoId: '' };

  const routes: RestRoute[] = [
    { name: 'GET forum', requires: 'viewForum', send: async (f, a) => (await http(api.url, apiPaths.forum(f.forum.id), a)).status },
    {
      name: 'POST publish',
      requires: 'manageForum',
      send: async (f, a) => (await http(api.url, apiPaths.publishForum(f.forum.id), { method: 'POST', ...a })).status,
    },
    {
      name: 'POST member',
      requires: 'manageForum',
      send: async (f, a) => (await http(api.url, apiPaths.forumMembers(f.forum.id), { body: { email: f.invitee.email, role: 'facilitator' }, ...a })).status,
    },
    {
      name: 'DELETE member',
      requires: 'manageForum',
      send: async (f, a) => (await http(api.url, apiPaths.forumMember(f.forum.id, f.invitee.userId), { method: 'DELETE', ...a })).status,
    },
    { name: 'GET documents', requires: 'viewForum', send: async (f, a) => (await http(api.url, apiPaths.documents(f.forum.id), a)).status },
    {
      name: 'POST document',
      requires: 'manageDocuments',
      send: async (f, a) => (await http(api.url, apiPaths.documents(f.forum.id), { body: { language: 'id' }, ...a })).status,
    },
    {
      name: 'GET document file',
      requires: 'viewForum',
      send: async (f, a) => (await http(api.url, apiPaths.documentFile(f.forum.id, made.documentId, 'pdf'), a)).status,
    },
    { name: 'GET representatives', requires: 'viewForum', send: async (f, a) => (await http(api.url, apiPaths.representatives(f.forum.id), a)).status },
    {
      name: 'POST representative',
      requires: 'manageDocuments',
      send: async (f, a) =>
        (await http(api.url, apiPaths.representatives(f.forum.id), { body: { participantId: f.attendeeId, side: 'public', roleTitle: 'Warga' }, ...a })).status,
    },
    {
      name: 'DELETE representative',
      requires: 'manageDocuments',
      send: async (f, a) => (await http(api.url, apiPaths.representative(f.forum.id, made.representativeId), { method: 'DELETE', ...a })).status,
    },
    { name: 'GET photos', requires: 'viewForum', send: async (f, a) => (await http(api.url, apiPaths.photos(f.forum.id), a)).status },
    { name: 'POST photo', requires: 'manageDocuments', send: (f, a) => uploadPhoto(api.url, f.forum.id, a) },
    { name: 'GET photo', requires: 'viewForum', send: async (f, a) => (await http(api.url, apiPaths.photo(f.forum.id, made.photoId), a)).status },
    {
      name: 'DELETE photo',
      requires: 'manageDocuments',
      send: async (f, a) => (await http(api.url, apiPaths.photo(f.forum.id, made.photoId), { method: 'DELETE', ...a })).status,
    },
    ...EXPORT_KINDS.map((kind): RestRoute => ({
      name: `GET export ${kind}.csv`,
      requires: 'viewForum',
      send: async (f, a) => (await http(api.url, apiPaths.export(f.forum.id, kind, 'csv'), a)).status,
    })),
  ];

  /** Fresh rows for the routes that name or remove one, made by the organiser before each caller's turn. */
  async function remake(): Promise<void> {
    const cookie = fx.staff.organiser.cookie;
    const documents = await http<DocumentVersionView[]>(api.url, apiPaths.documents(fx.forum.id), { cookie });
    made.documentId =
      documents.body[0]?.id ?? (await http<DocumentVersionView>(api.url, apiPaths.documents(fx.forum.id), { body: { language: 'id' }, cookie })).body.id;
    const representatives = await http<RepresentativeView[]>(api.url, apiPaths.representatives(fx.forum.id), { cookie });
    made.representativeId =
      representatives.body[0]?.id ??
      (
        await http<RepresentativeView>(api.url, apiPaths.representatives(fx.forum.id), {
          body: { participantId: fx.attendeeId, side: 'public', roleTitle: 'Warga' },
          cookie,
        })
      ).body.id;
    const photos = await http<Array<{ id: string }>>(api.url, apiPaths.photos(fx.forum.id), { cookie });
    if (!photos.body[0]) await uploadPhoto(api.url, fx.forum.id, { cookie });
    made.photoId = (await http<Array<{ id: string }>>(api.url, apiPaths.photos(fx.forum.id), { cookie })).body[0].id;
  }

  it('lets exactly the roles the table names through, and nobody else', async () => {
    const wrong: string[] = [];
    let checks = 0;
    for (const caller of REST_CALLERS) {
      const auth =
        caller === 'anonymous'
          ? {}
          : caller === 'attendee'
            ? { bearer: fx.attendeeToken }
            : { cookie: fx.staff[caller as Exclude<RestCaller, 'anonymous' | 'attendee'>].cookie };
      for (const route of routes) {
        await remake();
        const status = await route.send(fx, auth);
        checks++;
        const role = caller === 'facilitator' || caller === 'moderator' || caller === 'organiser' ? caller : null;
        const expected = caller === 'anonymous' || caller === 'attendee' ? [401] : role === null ? [404] : roleAllows(role, route.requires) ? 'allowed' : [403];
        // 409: allowed, and refused for the state the row is in (a document not ready yet, a forum published already).
        const fine = expected === 'allowed' ? status < 400 || status === 409 : expected.includes(status);
        if (!fine) wrong.push(`${caller} ${route.name}: ${status}, expected ${expected === 'allowed' ? '2xx/409' : expected.join('/')}`);
      }
    }
    console.log(`authorisation matrix (REST): ${checks} checks (${REST_CALLERS.length} callers × ${routes.length} staff routes)`);
    expect(wrong).toEqual([]);
  });
});
