import { randomBytes } from 'node:crypto';
import {
  apiPaths,
  LiveEvent,
  type AckError,
  type ForumDetail,
  type LiveAuth,
  type RegisterParticipantRequest,
  type RegisterParticipantResponse,
} from '@mufakat/contracts';
import { io } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { createPublishedForum, LiveTestClient, person, registerAttendee, signupStaff, type TestSocket } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

type Opened = { socket: TestSocket; events: string[]; registered: Promise<RegisterParticipantResponse> } | { refusal: AckError };

/**
 * A phone registering in its socket's handshake. The test client is on loopback, which the hosted mode trusts as its
 * proxy, so X-Forwarded-For plays the venue's public address.
 */
async function open(api: TestApp, auth: LiveAuth | Record<string, unknown>, address = '198.51.100.10'): Promise<Opened> {
  const socket: TestSocket = io(api.url, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { 'x-forwarded-for': address },
  });
  // Every event in arrival order, from before the connection: `registered` must be the first.
  const events: string[] = [];
  socket.onAny((event: string) => events.push(event));
  const registered = new Promise<RegisterParticipantResponse>((resolve) => socket.once(LiveEvent.registered, resolve));
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ socket, events, registered }));
    socket.once('connect_error', (error) => {
      socket.close();
      resolve({ refusal: (error as Error & { data: AckError }).data });
    });
  });
}

function refusalOf(opened: Opened): AckError {
  if (!('refusal' in opened)) {
    opened.socket.close();
    throw new Error('The handshake was accepted');
  }
  return opened.refusal;
}

describe('registering in the socket handshake', () => {
  let api: TestApp;
  let db: DataSource;
  let forum: ForumDetail;
  let otherForum: ForumDetail;
  let organiser: LiveTestClient;
  const sockets: TestSocket[] = [];

  const participantsNamed = async (name: string, forumId = forum.id) =>
    ((await db.query('SELECT count(*)::int AS count FROM participants WHERE forum_id = $1 AND name = $2', [forumId, name])) as Array<{ count: number }>)[0]
      .count;
  const accepted = (opened: Opened) => {
    if ('refusal' in opened) throw new Error(`Refused: ${JSON.stringify(opened.refusal)}`);
    sockets.push(opened.socket);
    return opened;
  };
  const registration = (name: string, overrides: Partial<RegisterParticipantRequest> = {}): LiveAuth => ({
    forumId: forum.id,
    joinCode: forum.joinCode as string,
    registration: person(name, overrides),
  });

  beforeAll(async () => {
    api = await startTestApp({ registrationLimits: { perAddress: 3, perForum: 1000 }, tallyFlushMs: 50 });
    db = api.app.get(DataSource);
    const { cookie } = await signupStaff(api.url, 'handshake-organiser');
    forum = await createPublishedForum(api.url, cookie);
    otherForum = await createPublishedForum(api.url, cookie);
    organiser = await LiveTestClient.connect(api.url, { forumId: forum.id }, cookie);
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    organiser.close();
    await api.close();
  });

  it('registers a new attendee, tells the socket its token before anything else, and serves its snapshot', async () => {
    const phone = accepted(await open(api, { ...registration('Siti Handshake'), joinCode: (forum.joinCode as string).toLowerCase() }, '198.51.100.1'));
    const registered = await phone.registered;
    expect(registered).toMatchObject({ forumId: forum.id, restored: false, participant: { name: 'Siti Handshake', mode: 'room', verified: false } });
    expect(phone.events[0]).toBe(LiveEvent.registered);

    const snapshot = await phone.socket.timeout(5000).emitWithAck(LiveEvent.sync, {});
    expect(snapshot).toMatchObject({ ok: true, data: { viewer: { role: 'attendee', participantId: registered.participant.id, name: 'Siti Handshake' } } });
    await organiser.waitFor(
      (change) => change.stream === 'staff' && change.change.type === 'participant.joined' && change.change.participant.id === registered.participant.id,
    );
    expect(await participantsNamed('Siti Handshake')).toBe(1);

    // The token it was told is the attendee's on every later connection.
    const again = await LiveTestClient.connect(api.url, { forumId: forum.id, attendeeToken: registered.attendeeToken });
    expect(await again.emit(LiveEvent.sync, {})).toMatchObject({ ok: true, data: { viewer: { participantId: registered.participant.id } } });
    again.close();
  });

  it.each<[string, (auth: LiveAuth) => Record<string, unknown>, Partial<AckError>]>([
    [
      'a blank name',
      (auth) => ({ ...auth, registration: { ...auth.registration, name: '   ' } }),
      { code: 'VALIDATION_FAILED', reason: 'registrationNameInvalid' },
    ],
    [
      'an unknown field',
      (auth) => ({ ...auth, registration: { ...auth.registration, admin: true } }),
      { code: 'VALIDATION_FAILED', details: [expect.stringMatching(/admin/)] },
    ],
    [
      'a registration that is not an object',
      (auth) => ({ ...auth, registration: 'Siti' }),
      { code: 'VALIDATION_FAILED', details: ['auth.registration must be an object'] },
    ],
    ['no join code', ({ joinCode: _, ...auth }) => auth, { code: 'VALIDATION_FAILED', details: ['auth.joinCode must be the join code of the forum'] }],
    ['an unknown join code', (auth) => ({ ...auth, joinCode: 'ZZZZ99' }), { code: 'NOT_FOUND', reason: 'joinCodeUnknown' }],
    ['the join code of another forum', (auth) => ({ ...auth, joinCode: otherForum.joinCode }), { code: 'NOT_FOUND', reason: 'joinCodeUnknown' }],
  ])('refuses %s as the request would, and writes nothing', async (_, spoil, expected) => {
    const refusal = refusalOf(await open(api, spoil(registration('Ditolak')), '198.51.100.2'));
    expect(refusal).toMatchObject({ message: expect.any(String), ...expected });
    expect(await participantsNamed('Ditolak')).toBe(0);
    expect(await participantsNamed('Ditolak', otherForum.id)).toBe(0);
  });

  it('counts against the same limit per address as the registration request, with the wait to show', async () => {
    const address = '203.0.113.50';
    // One request and two handshakes from one address use up its three.
    await fetch(api.url + apiPaths.registerParticipant(forum.joinCode as string), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify(person('Lewat Permintaan')),
    }).then((response) => expect(response.status).toBe(201));
    for (const name of ['Lewat Soket 1', 'Lewat Soket 2']) await accepted(await open(api, registration(name), address)).registered;

    const refusal = refusalOf(await open(api, registration('Satu Terlalu Banyak'), address));
    expect(refusal).toMatchObject({ code: 'RATE_LIMITED', reason: 'registrationLimitAddress', retryAfterMs: expect.any(Number) });
    expect(refusal.retryAfterMs).toBeGreaterThan(0);
    expect(await participantsNamed('Satu Terlalu Banyak')).toBe(0);
    // Another address is not held back.
    await accepted(await open(api, registration('Alamat Lain'), '203.0.113.51')).registered;
  });

  it('gives a browser that registers again its own attendee back', async () => {
    const deviceKey = randomBytes(16).toString('base64url');
    const first = await registerAttendee(api.url, forum.joinCode as string, { name: 'Budi Perangkat', deviceKey });
    const again = await accepted(await open(api, registration('Budi Lain', { deviceKey }), '198.51.100.3')).registered;
    expect(again).toMatchObject({ restored: true, participant: { id: first.participant.id, name: 'Budi Perangkat' } });
    expect(await participantsNamed('Budi Lain')).toBe(0);
  });
});
