import { randomBytes } from 'node:crypto';
import {
  apiPaths,
  CHECK_IN,
  LiveEvent,
  type ApiErrorBody,
  type ConsensusTally,
  type FollowUpPlan,
  type ForumChange,
  type ForumDetail,
  type PollResults,
  type RegisterParticipantRequest,
  type RegisterParticipantResponse,
} from '@mufakat/contracts';
import { loadBeritaAcara } from '@mufakat/minutes';
import { AuditEntry } from '@mufakat/persistence';
import { DataSource } from 'typeorm';
import { checkInCodeAt } from '../src/check-in/check-in-code';
import { createPublishedForum, LiveTestClient, person, registerAttendee, signupStaff } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A registration as a phone behind `address` makes it: the test client is on loopback, which the hosted mode
 * trusts as its proxy, so X-Forwarded-For plays the venue's public address.
 */
async function registerFrom(
  api: TestApp,
  joinCode: string,
  address: string,
  body: RegisterParticipantRequest,
): Promise<{ status: number; body: RegisterParticipantResponse & ApiErrorBody; retryAfter: string | null }> {
  const response = await fetch(api.url + apiPaths.registerParticipant(joinCode), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as RegisterParticipantResponse & ApiErrorBody,
    retryAfter: response.headers.get('retry-after'),
  };
}

/** Runs `count` registrations, `concurrency` at a time, in order; returns their statuses. */
async function burst(count: number, concurrency: number, register: (i: number) => Promise<{ status: number }>): Promise<number[]> {
  const statuses: number[] = [];
  for (let start = 0; start < count; start += concurrency) {
    const batch = await Promise.all(Array.from({ length: Math.min(concurrency, count - start) }, (_, i) => register(start + i)));
    statuses.push(...batch.map((result) => result.status));
  }
  return statuses;
}

const deviceKey = () => randomBytes(16).toString('base64url');
const projectorKeyOf = (forum: ForumDetail) => new URL(forum.projectorUrl, 'http://x').searchParams.get('key') as string;
const followUp: FollowUpPlan = {
  action: 'Membuka loket lansia',
  responsibleUnit: 'Bidang Pelayanan',
  deadline: '2027-02-01',
  timeFrame: null,
  status: 'planned',
};

function okData<T>(ack: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!ack.ok) throw new Error(`${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

describe('registration limits', () => {
  let api: TestApp;
  let forum: ForumDetail;
  let otherForum: ForumDetail;

  beforeAll(async () => {
    api = await startTestApp();
    const { cookie } = await signupStaff(api.url, 'organiser');
    forum = await createPublishedForum(api.url, cookie);
    otherForum = await createPublishedForum(api.url, cookie);
  });
  afterAll(() => api.close());

  it('lets a hall of 500 phones behind one NAT address join within a minute, then stops the script on that address with 429s', async () => {
    const joinCode = forum.joinCode as string;
    const started = Date.now();
    const hall = await burst(500, 25, (i) => registerFrom(api, joinCode, '203.0.113.7', person(`Peserta ${i}`, { deviceKey: deviceKey() })));
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(hall.filter((status) => status === 201)).toHaveLength(500);

    // The same address keeps going, as the stuffing script did (1,000 at ~230/s): it is stopped at the address limit.
    const script = await burst(200, 25, (i) => registerFrom(api, joinCode, '203.0.113.7', person(`Bot ${i}`)));
    expect(script.filter((status) => status === 201)).toHaveLength(100);
    expect(script.slice(100).every((status) => status === 429)).toBe(true);

    const refused = await registerFrom(api, joinCode, '203.0.113.7', person('Bot lagi'));
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({
      statusCode: 429,
      code: 'RATE_LIMITED',
      reason: 'registrationLimitAddress',
      message: expect.stringMatching(/^At most 600 registrations from one network address/),
    });
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);

    // Another address (and another forum) are not held back by the script.
    expect((await registerFrom(api, joinCode, '198.51.100.4', person('Warga lain'))).status).toBe(201);
    expect((await registerFrom(api, otherForum.joinCode as string, '198.51.100.4', person('Warga lain'))).status).toBe(201);
  });

  it('cannot be dodged by a client writing its own X-Forwarded-For: only the trusted proxy hop counts', async () => {
    // Through the (loopback) proxy, the proxy appends the real client; a forged left-most entry changes nothing.
    const statuses = await burst(3, 3, (i) => registerFrom(api, forum.joinCode as string, `10.9.9.${i}, 203.0.113.7`, person(`Palsu ${i}`)));
    expect(statuses).toEqual([429, 429, 429]);
  });
});

describe('registration ceiling per forum', () => {
  let api: TestApp;
  let forum: ForumDetail;
  let otherForum: ForumDetail;

  beforeAll(async () => {
    api = await startTestApp({ registrationLimits: { perAddress: 1000, perForum: 20 } });
    const { cookie } = await signupStaff(api.url, 'organiser');
    forum = await createPublishedForum(api.url, cookie);
    otherForum = await createPublishedForum(api.url, cookie);
  });
  afterAll(() => api.close());

  it('refuses registrations beyond the forum ceiling from any number of addresses, and no other forum', async () => {
    const statuses = await burst(30, 10, (i) => registerFrom(api, forum.joinCode as string, `192.0.2.${i + 1}`, person(`Orang ${i}`)));
    expect(statuses.filter((status) => status === 201)).toHaveLength(20);
    const refused = await registerFrom(api, forum.joinCode as string, '192.0.2.200', person('Terlambat'));
    expect(refused).toMatchObject({
      status: 429,
      body: { code: 'RATE_LIMITED', reason: 'registrationLimitForum', message: expect.stringMatching(/registrations to this forum/) },
    });
    expect((await registerFrom(api, otherForum.joinCode as string, '192.0.2.200', person('Forum lain'))).status).toBe(201);
  });
});

describe('attendee trust', () => {
  let api: TestApp;
  let db: DataSource;
  let forum: ForumDetail;
  let organiserCookie: string;
  let organiser: LiveTestClient;
  const clients: LiveTestClient[] = [];

  const connect = async (...args: Parameters<typeof LiveTestClient.connect>) => {
    const client = await LiveTestClient.connect(...args);
    clients.push(client);
    return client;
  };
  const attendee = async (name: string, overrides: Partial<RegisterParticipantRequest> = {}) => {
    const registered = await registerAttendee(api.url, forum.joinCode as string, { name, ...overrides });
    return { ...registered, client: await connect(api.url, { forumId: forum.id, attendeeToken: registered.attendeeToken }) };
  };
  const tallyOf = (itemId: string, predicate: (tally: ConsensusTally) => boolean) => (change: ForumChange) =>
    change.stream === 'public' && change.change.type === 'consensus.tally' && change.change.itemId === itemId && predicate(change.change.tally);
  const code = async () => okData(await organiser.emit(LiveEvent.checkInCode, {})).code;

  beforeAll(async () => {
    api = await startTestApp({ tallyFlushMs: 50 });
    db = api.app.get(DataSource);
    organiserCookie = (await signupStaff(api.url, 'organiser')).cookie;
    forum = await createPublishedForum(api.url, organiserCookie);
    organiser = await connect(api.url, { forumId: forum.id }, organiserCookie);
  });
  afterAll(async () => {
    clients.forEach((client) => client.close());
    await api.close();
  });

  it('gives a browser that registers again its own attendee back, with a working token, and counts it once', async () => {
    const key = deviceKey();
    const first = await registerAttendee(api.url, forum.joinCode as string, { name: 'Budi', deviceKey: key });
    const again = await registerAttendee(api.url, forum.joinCode as string, { name: 'Budi Santoso', deviceKey: key });
    expect(first.restored).toBe(false);
    expect(again).toMatchObject({ restored: true, participant: { id: first.participant.id, name: 'Budi' } });
    // Signed tokens name the attendee, so the restored one is the same; an older random token would be ended.
    expect(again.attendeeToken).toBe(first.attendeeToken);
    const restored = await connect(api.url, { forumId: forum.id, attendeeToken: again.attendeeToken });
    expect(okData(await restored.emit(LiveEvent.sync, {})).viewer).toMatchObject({ role: 'attendee', participantId: first.participant.id });

    const other = await registerAttendee(api.url, forum.joinCode as string, { name: 'Budi', deviceKey: deviceKey() });
    expect(other.participant.id).not.toBe(first.participant.id);
    const rows = (await db.query('SELECT count(*)::int AS count FROM participants WHERE forum_id = $1 AND name = $2', [forum.id, 'Budi'])) as Array<{
      count: number;
    }>;
    expect(rows[0].count).toBe(2);
  });

  it('registers a burst arriving together: double taps of one browser give one attendee, a wrong code only its own 404', async () => {
    const keys = Array.from({ length: 8 }, () => deviceKey());
    const code = forum.joinCode as string;
    const register = (body: object, joinCode = code) =>
      fetch(api.url + apiPaths.registerParticipant(joinCode), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const responses = await Promise.all([
      ...keys.flatMap((key, i) => [register(person(`Ketuk ${i}`, { deviceKey: key })), register(person(`Ketuk ${i}`, { deviceKey: key }))]),
      ...Array.from({ length: 8 }, (_, i) => register(person(`Tanpa kunci ${i}`))),
      register(person('Kode salah'), 'ZZZZZZ'),
    ]);
    expect(responses.map((response) => response.status)).toEqual([...Array(24).fill(201), 404]);
    const bodies = (await Promise.all(responses.slice(0, 24).map((response) => response.json()))) as RegisterParticipantResponse[];
    keys.forEach((_, i) => {
      const [a, b] = [bodies[2 * i], bodies[2 * i + 1]];
      expect(a.participant.id).toBe(b.participant.id);
      expect([a.restored, b.restored].sort()).toEqual([false, true]);
    });
    expect(new Set(bodies.map((body) => body.participant.id)).size).toBe(16);
    const phones = await Promise.all(bodies.slice(14).map((body) => connect(api.url, { forumId: forum.id, attendeeToken: body.attendeeToken })));
    const snapshots = await Promise.all(phones.map((phone) => phone.emit(LiveEvent.sync, {})));
    expect(snapshots.map((snapshot) => okData(snapshot).viewer)).toEqual(
      bodies.slice(14).map((body) => expect.objectContaining({ role: 'attendee', participantId: body.participant.id, name: body.participant.name })),
    );
  });

  it('shows the check-in code to the projector and staff only, refuses wrong codes and stops guessing', async () => {
    const { client: phone } = await attendee('Sebelum check-in');
    expect(await phone.emit(LiveEvent.checkIn, { code: '000000' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', reason: 'checkInNotOpen' } });
    expect(okData(await organiser.emit(LiveEvent.setCheckIn, { enabled: true }))).toEqual({ enabled: true });
    await phone.waitFor((change) => change.stream === 'public' && change.change.type === 'checkIn.changed' && change.change.checkIn.enabled);

    const projector = await connect(api.url, { forumId: forum.id, projectorKey: projectorKeyOf(forum) });
    const shown = okData(await projector.emit(LiveEvent.checkInCode, {}));
    expect(shown.code).toMatch(/^\d{6}$/);
    expect(Date.parse(shown.validUntil)).toBeGreaterThan(Date.now());
    expect(await code()).toBe(shown.code);
    expect(await phone.emit(LiveEvent.checkInCode, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const snapshot = okData(await phone.emit(LiveEvent.sync, {}));
    expect(snapshot.checkIn).toEqual({ enabled: true });
    expect(snapshot.viewer).toMatchObject({ role: 'attendee', verified: false });
    expect(JSON.stringify(snapshot)).not.toContain(shown.code);
    const secret = (await db.query('SELECT check_in_secret AS secret FROM forums WHERE id = $1', [forum.id])) as Array<{ secret: string }>;
    expect(JSON.stringify(snapshot)).not.toContain(secret[0].secret);
    expect(JSON.stringify(okData(await projector.emit(LiveEvent.sync, {})))).not.toContain(shown.code);

    // A code of a period long gone is as wrong as a made-up one.
    const period = Math.floor(Date.now() / (CHECK_IN.periodSeconds * 1000));
    const stale = checkInCodeAt(secret[0].secret, period - 5);
    const wrong = shown.code === '123456' ? '654321' : '123456';
    // Refused alike, but each says why: a code the screen showed earlier asks the attendee to look again.
    for (const [guess, reason] of [
      [wrong, 'checkInCodeWrong'],
      [stale, 'checkInCodeExpired'],
      ['abcdef', 'checkInCodeWrong'],
    ]) {
      expect(await phone.emit(LiveEvent.checkIn, { code: guess })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', reason } });
    }
    // Five attempts in the window (the one while check-in was off counts too): after them even the right code waits.
    expect(await phone.emit(LiveEvent.checkIn, { code: wrong })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', reason: 'checkInCodeWrong' } });
    expect(await phone.emit(LiveEvent.checkIn, { code: await code() })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', reason: 'checkInTooManyTries', retryAfterMs: expect.any(Number) },
    });
    expect(okData(await phone.emit(LiveEvent.sync, {})).viewer).toMatchObject({ verified: false });

    const { client: inRoom, participant } = await attendee('Di ruangan');
    const typed = await code();
    expect(await inRoom.emit(LiveEvent.checkIn, { code: `${typed.slice(0, 3)} ${typed.slice(3)}` })).toEqual({ ok: true, data: { verified: true } });
    expect(okData(await inRoom.emit(LiveEvent.sync, {})).viewer).toMatchObject({ verified: true });
    await organiser.waitFor(
      (change) =>
        change.stream === 'staff' &&
        change.change.type === 'participant.updated' &&
        change.change.participant.id === participant.id &&
        !!change.change.participant.verified,
    );
  });

  it('counts verified attendees apart: a stuffed tally, IKM and attendance list do not move the verified counts', async () => {
    const item = okData(await organiser.emit(LiveEvent.createConsensus, { text: 'Jam layanan diperpanjang sampai 16.00' }));
    okData(await organiser.emit(LiveEvent.moveConsensus, { itemId: item.id, status: 'open' }));
    okData(await organiser.emit(LiveEvent.setSurveyOpen, { open: true }));

    // Six real people in the room check in: two agree, four disagree, all very satisfied.
    const room = await Promise.all(Array.from({ length: 6 }, (_, i) => attendee(`Warga ${i}`)));
    const typed = await code();
    for (const [i, { client }] of room.entries()) {
      okData(await client.emit(LiveEvent.checkIn, { code: typed }));
      okData(await client.emit(LiveEvent.signalConsensus, { itemId: item.id, signal: i < 2 ? 'agree' : 'disagree' }));
      okData(await client.emit(LiveEvent.submitSurvey, { scores: Array(9).fill(4) }));
    }
    // A remote attendee is confirmed by staff.
    const remote = await attendee('Peserta daring', { mode: 'online' });
    expect(okData(await organiser.emit(LiveEvent.confirmAttendance, { participantId: remote.participant.id }))).toMatchObject({
      verified: true,
      verifiedBy: 'staff',
    });
    // Twenty stuffed attendees never see the projector: they agree and score everything 1.
    const stuffed = await Promise.all(Array.from({ length: 20 }, (_, i) => attendee(`Bot ${i}`)));
    for (const { client } of stuffed) {
      okData(await client.emit(LiveEvent.signalConsensus, { itemId: item.id, signal: 'agree' }));
      okData(await client.emit(LiveEvent.submitSurvey, { scores: Array(9).fill(1) }));
    }

    const tally = await organiser.waitFor(tallyOf(item.id, (t) => t.total.agree === 22));
    expect(tally.change).toMatchObject({ tally: { total: { agree: 22, disagree: 4, abstain: 0 }, verified: { agree: 2, disagree: 4, abstain: 0 } } });
    const ikm = await organiser.waitFor((change) => change.stream === 'staff' && change.change.type === 'ikm.updated' && change.change.ikm?.respondents === 26);
    expect(ikm.change).toMatchObject({ ikm: { grade: 'D', verified: { respondents: 6, converted: 100, grade: 'A' } } });

    const snapshot = okData(await organiser.emit(LiveEvent.sync, {}));
    // Everyone registered in this forum so far, but only the checked-in and the confirmed are verified.
    expect(snapshot.attendance?.verified).toBe(8);
    expect((snapshot.attendance?.room ?? NaN) + (snapshot.attendance?.online ?? NaN)).toBeGreaterThan(30);
    expect(snapshot.consensusTallies[item.id].verified).toEqual({ agree: 2, disagree: 4, abstain: 0 });
    expect(snapshot.staff?.participants.filter((p) => p.verified)).toHaveLength(8);

    okData(await organiser.emit(LiveEvent.approveConsensus, { itemId: item.id, followUp }));
    const minutes = await db.transaction('REPEATABLE READ', (manager) =>
      loadBeritaAcara(manager, forum.id, { language: 'id', version: 1, timeZone: 'Asia/Jakarta' }),
    );
    expect(minutes.attendance.verified).toBe(8);
    expect(minutes.consensus[0]).toMatchObject({ signals: { agree: 22, disagree: 4 }, signalsVerified: { agree: 2, disagree: 4, abstain: 0 } });
    expect(minutes.survey).toMatchObject({ respondents: 26, verified: { respondents: 6, converted: 100, grade: 'A' } });

    const audit = await db.getRepository(AuditEntry).find({ where: { forumId: forum.id, subjectId: remote.participant.id } });
    expect(audit.map((entry) => entry.action)).toEqual(['participant.confirm']);
  });

  it('voids an attendee: their signal, poll answer and survey leave the counts, the act is audited and they are refused', async () => {
    const item = okData(await organiser.emit(LiveEvent.createConsensus, { text: 'Antrian daring untuk KTP-el' }));
    okData(await organiser.emit(LiveEvent.moveConsensus, { itemId: item.id, status: 'open' }));
    const poll = okData(
      await organiser.emit(LiveEvent.createPoll, { question: 'Loket mana paling lambat?', type: 'single', options: ['A', 'B'], resultsVisible: true }),
    );
    okData(await organiser.emit(LiveEvent.setPollStatus, { pollId: poll.id, status: 'open' }));

    const honest = await attendee('Warga jujur');
    const key = deviceKey();
    const stuffer = await attendee('Pengisi suara', { deviceKey: key });
    for (const { client } of [honest, stuffer]) {
      okData(await client.emit(LiveEvent.signalConsensus, { itemId: item.id, signal: 'agree' }));
      okData(await client.emit(LiveEvent.answerPoll, { pollId: poll.id, answer: { type: 'single', optionId: poll.options[0].id } }));
    }
    okData(await stuffer.client.emit(LiveEvent.submitSurvey, { scores: Array(9).fill(1) }));
    await organiser.waitFor(tallyOf(item.id, (t) => t.total.agree === 2));
    const pollResults = (count: number) => (change: ForumChange) =>
      change.stream === 'staff' &&
      change.change.type === 'poll.results' &&
      change.change.pollId === poll.id &&
      (change.change.results as Extract<PollResults, { counts: unknown }>).counts[poll.options[0].id] === count;
    await organiser.waitFor(pollResults(2));
    const before = okData(await organiser.emit(LiveEvent.sync, {}));

    // Only staff may void.
    expect(await honest.client.emit(LiveEvent.voidAttendee, { participantId: stuffer.participant.id, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await organiser.emit(LiveEvent.voidAttendee, { participantId: stuffer.participant.id, reason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });

    const disconnected = new Promise<void>((resolve) => stuffer.client.socket.once('disconnect', () => resolve()));
    const voided = okData(
      await organiser.emit(LiveEvent.voidAttendee, { participantId: stuffer.participant.id, reason: 'Satu perangkat, banyak pendaftaran' }),
    );
    expect(voided).toMatchObject({ id: stuffer.participant.id, voided: true, voidReason: 'Satu perangkat, banyak pendaftaran' });
    await disconnected;

    await organiser.waitFor(tallyOf(item.id, (t) => t.total.agree === 1));
    await honest.client.waitFor(tallyOf(item.id, (t) => t.total.agree === 1));
    await organiser.waitFor(pollResults(1));
    const ikm = await organiser.waitFor(
      (change) =>
        change.stream === 'staff' && change.change.type === 'ikm.updated' && change.change.ikm?.respondents === (before.staff?.ikm?.respondents ?? 0) - 1,
    );
    expect(ikm.stream).toBe('staff');
    const after = okData(await organiser.emit(LiveEvent.sync, {}));
    expect(after.attendance?.room).toBe((before.attendance?.room ?? NaN) - 1);
    expect(after.survey.respondents).toBe(before.survey.respondents - 1);
    expect(after.staff?.participants.find((p) => p.id === stuffer.participant.id)).toMatchObject({ voided: true });

    const [entry] = await db.getRepository(AuditEntry).find({ where: { forumId: forum.id, action: 'participant.void' } });
    expect(entry).toMatchObject({ subjectId: stuffer.participant.id, details: { reason: 'Satu perangkat, banyak pendaftaran', name: 'Pengisi suara' } });
    expect(entry.actorUserId).toEqual(expect.any(String));
    expect(entry.createdAt).toBeInstanceOf(Date);

    // Refused from now on: the old token, and a new registration from the same browser.
    await expect(LiveTestClient.connect(api.url, { forumId: forum.id, attendeeToken: stuffer.attendeeToken })).rejects.toThrow(/voided/);
    const again = await fetch(api.url + apiPaths.registerParticipant(forum.joinCode as string), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(person('Pengisi suara', { deviceKey: key })),
    });
    expect(again.status).toBe(403);
    expect(await again.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'attendeeVoided', message: expect.stringMatching(/voided/) });
    // The record neither lists nor counts a voided attendee.
    const minutes = await db.transaction('REPEATABLE READ', (manager) =>
      loadBeritaAcara(manager, forum.id, { language: 'id', version: 2, timeZone: 'Asia/Jakarta' }),
    );
    expect(minutes.attendance.list.map((entry) => entry.name)).toContain('Warga jujur');
    expect(minutes.attendance.list.map((entry) => entry.name)).not.toContain('Pengisi suara');
    expect(minutes.attendance.total).toBe((after.attendance?.room ?? NaN) + (after.attendance?.online ?? NaN));
    // A voided attendee cannot be checked in or confirmed back into the counts.
    expect(await organiser.emit(LiveEvent.confirmAttendance, { participantId: stuffer.participant.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'attendeeVoided' },
    });
  });
});
