import { apiPaths, LIMITS, LiveEvent, type Ack, type ApiErrorBody, type ForumChange, type ForumDetail, type MyQuestion } from '@mufakat/contracts';
import { DataSource } from 'typeorm';
import { createPublishedForum, http, LiveTestClient, registerAttendee, signupStaff, sleep } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { Question, QuestionVote } from '@mufakat/persistence';

const publicChange = (type: string) => (change: ForumChange) => change.stream === 'public' && change.change.type === type;
const staffChange = (type: string) => (change: ForumChange) => change.stream === 'staff' && change.change.type === type;

describe('the forum slice, live over Socket.IO', () => {
  let api: TestApp;
  let db: DataSource;
  let forum: ForumDetail;
  let organiserCookie: string;
  let moderatorCookie: string;
  let facilitatorCookie: string;
  const clients: LiveTestClient[] = [];

  const connect = async (...args: Parameters<typeof LiveTestClient.connect>) => {
    const client = await LiveTestClient.connect(...args);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    organiserCookie = (await signupStaff(api.url, 'organiser')).cookie;
    const moderator = await signupStaff(api.url, 'moderator');
    const facilitator = await signupStaff(api.url, 'facilitator');
    moderatorCookie = moderator.cookie;
    facilitatorCookie = facilitator.cookie;
    forum = await createPublishedForum(api.url, organiserCookie);
    for (const [email, role] of [
      [moderator.email, 'moderator'],
      [facilitator.email, 'facilitator'],
    ] as const) {
      const invited = await http(api.url, apiPaths.forumMembers(forum.id), { body: { email, role }, cookie: organiserCookie });
      expect(invited.status).toBe(201);
    }
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await api.close();
  });

  it('runs join → ask → moderate → upvote → next agenda item, with every broadcast numbered', async () => {
    expect(forum.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(forum.joinUrl).toBe(`http://mufakat.test/j/${forum.joinCode}`);
    const qr = await http<string>(api.url, apiPaths.joinQrSvg(forum.joinCode as string));
    expect(qr.status).toBe(200);
    expect(qr.body).toContain('<svg');

    const projectorKey = new URL(forum.projectorUrl, 'http://x').searchParams.get('key') as string;
    const projector = await connect(api.url, { forumId: forum.id, projectorKey });
    const moderator = await connect(api.url, { forumId: forum.id }, moderatorCookie);
    const projectorSnapshot = await projector.emit(LiveEvent.sync, {});
    const moderatorSnapshot = await moderator.emit(LiveEvent.sync, {});
    if (!projectorSnapshot.ok || !moderatorSnapshot.ok) throw new Error('sync failed');
    expect(projectorSnapshot.data.viewer).toEqual({ role: 'projector' });
    expect(projectorSnapshot.data.staff).toBeUndefined();
    expect(moderatorSnapshot.data.viewer).toMatchObject({ role: 'moderator' });
    expect(moderatorSnapshot.data.staff).toMatchObject({ questions: [], participants: [] });
    const baseSeq = projectorSnapshot.data.seq;

    // Two attendees join: one in the room, one online.
    const siti = await registerAttendee(api.url, forum.joinCode as string, { name: 'Siti', mode: 'room' });
    const budi = await registerAttendee(api.url, forum.joinCode as string, { name: 'Budi', mode: 'online', category: 'media' });
    // Counted coalesced to the projector and staff, unnumbered: joins move no public sequence number, so the
    // room's phones get no frame for them.
    expect(await projector.waitForAttendance((counts) => counts.online === 1 && counts.room === 1)).toEqual({ room: 1, online: 1 });
    expect(projector.attendance.length).toBeLessThanOrEqual(2);
    expect(projector.changes).toEqual([]);
    const resynced = await projector.emit(LiveEvent.sync, {});
    expect(resynced).toMatchObject({ ok: true, data: { seq: baseSeq, attendance: { room: 1, online: 1 } } });
    const joined = await moderator.waitFor(
      (c) => staffChange('participant.joined')(c) && c.change.type === 'participant.joined' && c.change.participant.name === 'Budi',
    );
    expect(joined.change).toMatchObject({ participant: { mode: 'online', category: 'media' } });

    const sitiClient = await connect(api.url, { forumId: forum.id, attendeeToken: siti.attendeeToken });
    const budiClient = await connect(api.url, { forumId: forum.id, attendeeToken: budi.attendeeToken });

    // Siti asks; only staff see the pending question.
    const asked = await sitiClient.emit(LiveEvent.ask, {
      text: '  Berapa lama waktu penerbitan KTP-el?  ',
      agendaItemId: forum.agenda[2].id,
    });
    if (!asked.ok) throw new Error(JSON.stringify(asked));
    expect(asked.data).toMatchObject({ status: 'pending', text: 'Berapa lama waktu penerbitan KTP-el?' });
    const submitted = await moderator.waitFor(staffChange('question.updated'));
    expect(submitted.change).toMatchObject({
      question: { id: asked.data.id, status: 'pending', authorName: 'Siti', authorInstitution: 'Warga Kelurahan Sukamaju' },
    });
    await sleep(100);
    expect(projector.changes.some((c) => c.stream === 'staff')).toBe(false);
    expect(budiClient.changes.some((c) => c.stream === 'staff')).toBe(false);

    // The moderator approves: projector and phones get it, the asker privately too.
    const approved = await moderator.emit(LiveEvent.moderate, { questionId: asked.data.id, decision: 'approve' });
    expect(approved).toMatchObject({ ok: true, data: { status: 'approved' } });
    for (const client of [projector, budiClient, sitiClient]) {
      const published = await client.waitFor(publicChange('question.upserted'));
      expect(published.change).toMatchObject({ question: { id: asked.data.id, authorName: 'Siti', upvotes: 0, status: 'approved' } });
    }
    await waitUntil(() => sitiClient.privateUpdates.length > 0);
    expect(sitiClient.privateUpdates[0]).toMatchObject({ id: asked.data.id, status: 'approved' });
    expect(moderator.changes.filter(staffChange('question.updated'))).toHaveLength(2);

    // Approving twice is refused and changes nothing.
    const again = await moderator.emit(LiveEvent.moderate, { questionId: asked.data.id, decision: 'reject' });
    expect(again).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });

    // Upvotes: idempotent per attendee, un-vote allowed, tallies coalesced.
    const vote = (client: LiveTestClient, upvoted: boolean) => client.emit(LiveEvent.upvote, { questionId: asked.data.id, upvoted });
    expect(await vote(budiClient, true)).toEqual({ ok: true, data: { questionId: asked.data.id, upvoted: true } });
    expect((await vote(budiClient, true)).ok).toBe(true);
    expect((await vote(sitiClient, true)).ok).toBe(true);
    const tally = await projector.waitFor((c) => c.stream === 'public' && c.change.type === 'tallies' && c.change.upvotes[asked.data.id] === 2);
    expect(tally.change).toEqual({ type: 'tallies', upvotes: { [asked.data.id]: 2 } });
    expect(await db.getRepository(QuestionVote).countBy({ questionId: asked.data.id })).toBe(2);
    expect((await vote(sitiClient, false)).ok).toBe(true);
    expect((await vote(sitiClient, false)).ok).toBe(true);
    await projector.waitFor((c) => c.stream === 'public' && c.change.type === 'tallies' && c.change.upvotes[asked.data.id] === 1);
    expect(await db.getRepository(Question).findOneByOrFail({ id: asked.data.id })).toMatchObject({ upvoteCount: 1 });

    // The moderator moves to the next agenda item; the projector follows.
    const moved = await moderator.emit(LiveEvent.startAgendaItem, { agendaItemId: forum.agenda[1].id });
    expect(moved).toMatchObject({ ok: true, data: { currentAgendaItemId: forum.agenda[1].id } });
    const current = await projector.waitFor(publicChange('agenda.updated'));
    expect(current.change).toMatchObject({ type: 'agenda.updated', currentAgendaItemId: forum.agenda[1].id });
    if (current.change.type !== 'agenda.updated') throw new Error('unreachable');
    expect(current.change.agenda[1]).toMatchObject({ status: 'running', startedAt: expect.any(String) });

    // Every client saw a gap-free public stream.
    for (const client of [projector, budiClient, sitiClient, moderator]) {
      const seqs = client.changes.filter((c) => c.stream === 'public').map((c) => c.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size).toBe(seqs.length);
    }
    const projectorSeqs = projector.changes.map((c) => c.seq);
    expect(projectorSeqs).toEqual(projectorSeqs.map((_, i) => baseSeq + 1 + i));

    // A reconnecting phone resyncs: same attendee, its vote kept, the current state.
    budiClient.close();
    const budiAgain = await connect(api.url, { forumId: forum.id, attendeeToken: budi.attendeeToken });
    const resync = await budiAgain.emit(LiveEvent.sync, { reason: 'gap' });
    if (!resync.ok) throw new Error('resync failed');
    expect(resync.data.seq).toBe(projectorSeqs[projectorSeqs.length - 1]);
    expect(resync.data.viewer).toMatchObject({ role: 'attendee', name: 'Budi', votedQuestionIds: [asked.data.id] });
    expect(resync.data.currentAgendaItemId).toBe(forum.agenda[1].id);
    // The room's counts are the projector's and staff's: a phone does not show them, so its snapshot has none.
    expect(resync.data.attendance).toBeUndefined();
    expect(resync.data.questions).toEqual([expect.objectContaining({ id: asked.data.id, upvotes: 1 })]);
  });

  it('leaves the join slide when an agenda item starts, unless the moderator pinned it', async () => {
    const fresh = await createPublishedForum(api.url, organiserCookie);
    const projectorKey = new URL(fresh.projectorUrl, 'http://x').searchParams.get('key') as string;
    const organiser = await connect(api.url, { forumId: fresh.id }, organiserCookie);
    const projector = await connect(api.url, { forumId: fresh.id, projectorKey });
    const before = await projector.emit(LiveEvent.sync, {});
    if (!before.ok) throw new Error('sync failed');
    expect(before.data.projector).toEqual({ mode: 'join' });

    expect(await organiser.emit(LiveEvent.startAgendaItem, { agendaItemId: fresh.agenda[0].id })).toMatchObject({ ok: true });
    const left = await projector.waitFor(publicChange('projector.changed'));
    expect(left.change).toEqual({ type: 'projector.changed', projector: { mode: 'agenda' } });
    const agendaSeq = projector.changes.find(publicChange('agenda.updated'))?.seq;
    expect(left.seq).toBe((agendaSeq as number) + 1);

    // Pinned, the join slide stays through the next item; any other view stays as well.
    expect(await organiser.emit(LiveEvent.showOnProjector, { view: { mode: 'join', pinned: true } })).toEqual({
      ok: true,
      data: { mode: 'join', pinned: true },
    });
    expect(await organiser.emit(LiveEvent.startAgendaItem, { agendaItemId: fresh.agenda[1].id })).toMatchObject({ ok: true });
    const after = await projector.emit(LiveEvent.sync, {});
    if (!after.ok) throw new Error('sync failed');
    expect(after.data.currentAgendaItemId).toBe(fresh.agenda[1].id);
    expect(after.data.projector).toEqual({ mode: 'join', pinned: true });
    expect(projector.changes.filter(publicChange('projector.changed'))).toHaveLength(2);
  });

  describe('refuses what it must, and changes nothing', () => {
    let attendee: LiveTestClient;
    let attendeeToken: string;

    beforeAll(async () => {
      const registered = await registerAttendee(api.url, forum.joinCode as string, { name: 'Penguji' });
      attendeeToken = registered.attendeeToken;
      attendee = await connect(api.url, { forumId: forum.id, attendeeToken });
    });

    const questionCount = () => db.getRepository(Question).countBy({ forumId: forum.id });

    it('rejects oversized and malformed questions with VALIDATION_FAILED', async () => {
      const before = await questionCount();
      const oversized = await attendee.emit(LiveEvent.ask, { text: 'x'.repeat(2500) });
      expect(oversized).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      if (!oversized.ok) expect(oversized.error.details?.join()).toMatch(/text/);
      for (const payload of ['just a string', 42, null, [], { text: 7 }, { text: '' }, { text: 'ok', extra: true }, { text: 'ok', agendaItemId: 'nope' }]) {
        const reply = await attendee.emitRaw(LiveEvent.ask, payload);
        expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      }
      const whitespace = await attendee.emit(LiveEvent.ask, { text: '   ' });
      expect(whitespace).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      expect(await questionCount()).toBe(before);
    });

    it('refuses staff events from attendees and the projector, and moderation by a facilitator', async () => {
      const projectorKey = new URL(forum.projectorUrl, 'http://x').searchParams.get('key') as string;
      const projector = await connect(api.url, { forumId: forum.id, projectorKey });
      const facilitator = await connect(api.url, { forumId: forum.id }, facilitatorCookie);
      const asked = await attendee.emit(LiveEvent.ask, { text: 'Apakah ada layanan jemput bola?' });
      if (!asked.ok) throw new Error('ask failed');
      for (const client of [attendee, projector, facilitator]) {
        const reply = await client.emit(LiveEvent.moderate, { questionId: asked.data.id, decision: 'approve' });
        expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      expect(await facilitator.emit(LiveEvent.moderate, { questionId: asked.data.id, decision: 'approve' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'roleForbidden' },
      });
      expect(await projector.emit(LiveEvent.ask, { text: 'Saya proyektor' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await attendee.emit(LiveEvent.startAgendaItem, { agendaItemId: forum.agenda[0].id })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await db.getRepository(Question).findOneByOrFail({ id: asked.data.id })).toMatchObject({ status: 'pending' });
    });

    it('refuses votes on questions that are not approved or not in the forum', async () => {
      const asked = await attendee.emit(LiveEvent.ask, { text: 'Masih menunggu moderasi' });
      if (!asked.ok) throw new Error('ask failed');
      expect(await attendee.emit(LiveEvent.upvote, { questionId: asked.data.id, upvoted: true })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_STATE' },
      });
      expect(await attendee.emit(LiveEvent.upvote, { questionId: '00000000-0000-4000-8000-000000000000', upvoted: true })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      expect(await db.getRepository(QuestionVote).countBy({ questionId: asked.data.id })).toBe(0);
    });

    it('limits how many questions one attendee may ask a minute', async () => {
      const registered = await registerAttendee(api.url, forum.joinCode as string, { name: 'Penanya Cepat' });
      const fast = await connect(api.url, { forumId: forum.id, attendeeToken: registered.attendeeToken });
      const replies: Ack<MyQuestion>[] = [];
      for (let i = 0; i <= LIMITS.questionsPerMinute; i++) {
        replies.push(await fast.emit(LiveEvent.ask, { text: `Pertanyaan ${i}` }));
      }
      expect(replies.slice(0, LIMITS.questionsPerMinute).every((reply) => reply.ok)).toBe(true);
      expect(replies[LIMITS.questionsPerMinute]).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    });

    it('answers unknown events with an error and keeps the socket', async () => {
      expect(await attendee.emitRaw('question:delete-everything', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect((await attendee.emit(LiveEvent.sync, {})).ok).toBe(true);
    });

    it('refuses connections without a valid credential', async () => {
      await expect(LiveTestClient.connect(api.url, { forumId: forum.id, attendeeToken: 'forged' })).rejects.toMatchObject({
        data: { code: 'UNAUTHENTICATED' },
      });
      await expect(LiveTestClient.connect(api.url, { forumId: forum.id, projectorKey: 'wrong' })).rejects.toMatchObject({
        data: { code: 'FORBIDDEN' },
      });
      await expect(LiveTestClient.connect(api.url, { forumId: 'not-a-uuid' })).rejects.toMatchObject({
        data: { code: 'VALIDATION_FAILED' },
      });
      const outsider = await signupStaff(api.url, 'outsider');
      await expect(LiveTestClient.connect(api.url, { forumId: forum.id }, outsider.cookie)).rejects.toMatchObject({
        data: { code: 'FORBIDDEN' },
      });
      // An attendee token is only good for its own forum.
      const other = await createPublishedForum(api.url, organiserCookie);
      await expect(LiveTestClient.connect(api.url, { forumId: other.id, attendeeToken })).rejects.toMatchObject({
        data: { code: 'UNAUTHENTICATED' },
      });
    });

    it('drops an oversized frame without harming the server', async () => {
      const registered = await registerAttendee(api.url, forum.joinCode as string, { name: 'Pengirim Besar' });
      const big = await connect(api.url, { forumId: forum.id, attendeeToken: registered.attendeeToken });
      const disconnected = new Promise((resolve) => big.socket.once('disconnect', resolve));
      big.socket.emit(LiveEvent.ask, { text: 'y'.repeat(64 * 1024) }, () => undefined);
      await disconnected;
      expect((await http(api.url, apiPaths.health)).status).toBe(200);
      expect((await attendee.emit(LiveEvent.sync, {})).ok).toBe(true);
    });
  });

  describe('REST authorisation and bad input', () => {
    it('answers an unknown join code with 404 and a code', async () => {
      const result = await http<ApiErrorBody>(api.url, apiPaths.joinInfo('ZZZZZZ'));
      expect(result.status).toBe(404);
      expect(result.body).toMatchObject({ code: 'NOT_FOUND' });
      const register = await http<ApiErrorBody>(api.url, apiPaths.registerParticipant('ZZZZZZ'), {
        body: { name: 'A', institution: 'B', category: 'media', mode: 'room' },
      });
      expect(register.status).toBe(404);
    });

    it('validates registration and forum creation with field details', async () => {
      const bad = await http<ApiErrorBody>(api.url, apiPaths.registerParticipant(forum.joinCode as string), {
        body: { name: '', institution: 'B', category: 'aliens', mode: 'moon' },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(bad.body.details?.join('\n')).toMatch(/name[\s\S]*category[\s\S]*mode/);
      const noAgenda = await http<ApiErrorBody>(api.url, apiPaths.forums, {
        body: { title: 'T', theme: 'x', serviceName: 's', unitName: 'u', venue: 'v', startsAt: 'tomorrow', agenda: [] },
        cookie: organiserCookie,
      });
      expect(noAgenda.status).toBe(400);
      expect(noAgenda.body.details?.join('\n')).toMatch(/startsAt[\s\S]*agenda/);
      const malformed = await fetch(api.url + apiPaths.forums, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: organiserCookie },
        body: '{"title":',
      });
      expect(malformed.status).toBe(400);
    });

    it('checks forum roles on every staff route', async () => {
      expect((await http(api.url, apiPaths.forums)).status).toBe(401);
      expect((await http(api.url, apiPaths.forum(forum.id), { cookie: moderatorCookie })).status).toBe(200);
      const publishByModerator = await http<ApiErrorBody>(api.url, apiPaths.publishForum(forum.id), { method: 'POST', cookie: moderatorCookie });
      expect(publishByModerator.status).toBe(403);
      const inviteByModerator = await http(api.url, apiPaths.forumMembers(forum.id), {
        body: { email: 'someone@x.id', role: 'moderator' },
        cookie: moderatorCookie,
      });
      expect(inviteByModerator.status).toBe(403);
      const outsider = await signupStaff(api.url, 'stranger');
      expect((await http(api.url, apiPaths.forum(forum.id), { cookie: outsider.cookie })).status).toBe(404);
      const audit = await db.query(`SELECT action FROM audit_log WHERE forum_id = $1 ORDER BY created_at`, [forum.id]);
      expect(audit.map((row: { action: string }) => row.action)).toEqual(
        expect.arrayContaining(['forum.create', 'forum.publish', 'forum.member.set', 'question.approve', 'agenda.start']),
      );
    });

    it('gives a second signup with the same email no session (and says nothing a stranger could use), and refuses a wrong password', async () => {
      const { email } = await signupStaff(api.url, 'dupe');
      const again = await http<ApiErrorBody>(api.url, apiPaths.signup, { body: { email: email.toUpperCase(), password: 'another password', name: 'X' } });
      // The same answer as for a new account, so signup does not tell which emails have one; no cookie, no access.
      expect(again.status).toBe(201);
      expect(again.cookie).toBeUndefined();
      const wrong = await http<ApiErrorBody>(api.url, apiPaths.login, { body: { email, password: 'not the password' } });
      expect(wrong.status).toBe(401);
      // A known failure carries its reason, which the clients word in the user's language.
      expect(wrong.body).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'wrongCredentials' });
      const right = await http(api.url, apiPaths.login, { body: { email, password: 'correct horse battery' } });
      expect(right.status).toBe(200);
      expect(right.cookie).toMatch(/^mufakat_session=/);
    });
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}
