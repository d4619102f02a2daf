import { apiPaths, LiveEvent, type ForumChange, type ForumDetail, type ForumSnapshot, type PublicChange, type ReactionBurst } from '@mufakat/contracts';
import { DataSource } from 'typeorm';
import { forumRequest, http, LiveTestClient, registerAttendee, signupStaff, sleep } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { Question, SpeakerRequest } from '@mufakat/persistence';

type Change<T extends PublicChange['type']> = Extract<PublicChange, { type: T }>;
const publicOf =
  <T extends PublicChange['type']>(type: T, where: (change: Change<T>) => boolean = () => true) =>
  (change: ForumChange) =>
    change.stream === 'public' && change.change.type === type && where(change.change as Change<T>);

describe('live participation: questions, agenda, speakers, reactions, projector', () => {
  let api: TestApp;
  let db: DataSource;
  let organiserCookie: string;
  const clients: LiveTestClient[] = [];

  const connect = async (...args: Parameters<typeof LiveTestClient.connect>) => {
    const client = await LiveTestClient.connect(...args);
    clients.push(client);
    return client;
  };

  /** A published forum with a projector, its organiser (acting as moderator) and two attendees connected. */
  async function liveForum(options: { preModeration?: boolean; fullyAnonymous?: boolean } = {}) {
    const created = await http<ForumDetail>(api.url, apiPaths.forums, { body: forumRequest(options), cookie: organiserCookie });
    const forum = (await http<ForumDetail>(api.url, apiPaths.publishForum(created.body.id), { method: 'POST', cookie: organiserCookie })).body;
    const projectorKey = new URL(forum.projectorUrl, 'http://x').searchParams.get('key') as string;
    const projector = await connect(api.url, { forumId: forum.id, projectorKey });
    const moderator = await connect(api.url, { forumId: forum.id }, organiserCookie);
    const ani = await registerAttendee(api.url, forum.joinCode as string, { name: 'Ani', mode: 'room' });
    const rudi = await registerAttendee(api.url, forum.joinCode as string, { name: 'Rudi', mode: 'online', institution: 'LSM Peduli' });
    const aniClient = await connect(api.url, { forumId: forum.id, attendeeToken: ani.attendeeToken });
    const rudiClient = await connect(api.url, { forumId: forum.id, attendeeToken: rudi.attendeeToken });
    return { forum, projector, moderator, ani: aniClient, rudi: rudiClient, aniId: ani.participant.id };
  }

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    organiserCookie = (await signupStaff(api.url, 'participation-organiser')).cookie;
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await api.close();
  });

  describe('questions', () => {
    it('shows "Anonim" to the room while staff still see who asked', async () => {
      const { moderator, projector, ani } = await liveForum();
      const asked = await ani.emit(LiveEvent.ask, { text: 'Apakah biaya KTP gratis?', anonymous: true });
      if (!asked.ok) throw new Error(JSON.stringify(asked));
      expect(asked.data).toMatchObject({ anonymous: true, status: 'pending' });
      await moderator.emit(LiveEvent.moderate, { questionId: asked.data.id, decision: 'approve' });
      const shown = await projector.waitFor(publicOf('question.upserted'));
      expect(shown.change).toMatchObject({ question: { authorName: null } });
      const staffView = await moderator.waitFor((c) => c.stream === 'staff' && c.change.type === 'question.updated' && c.change.question.status === 'approved');
      expect(staffView.change).toMatchObject({ question: { anonymous: true, authorName: 'Ani' } });
    });

    it("keeps nobody's name in a fully anonymous forum, staff included", async () => {
      const { moderator, ani } = await liveForum({ fullyAnonymous: true });
      await ani.emit(LiveEvent.ask, { text: 'Pertanyaan rahasia' });
      const queued = await moderator.waitFor((c) => c.stream === 'staff' && c.change.type === 'question.updated');
      expect(queued.change).toMatchObject({ question: { anonymous: true, authorName: null, authorInstitution: null, authorCategory: null } });
      const snapshot = await moderator.emit(LiveEvent.sync, {});
      if (!snapshot.ok) throw new Error('sync failed');
      expect(snapshot.data.settings).toEqual({ preModeration: true, fullyAnonymous: true });
      expect(snapshot.data.staff?.questions.every((q) => q.authorName === null)).toBe(true);
    });

    it('lets the asker edit and withdraw a pending question, and nothing after approval', async () => {
      const { moderator, ani, rudi } = await liveForum();
      const asked = await ani.emit(LiveEvent.ask, { text: 'Jam buka loket?' });
      if (!asked.ok) throw new Error('ask failed');
      const edited = await ani.emit(LiveEvent.editOwn, { questionId: asked.data.id, text: 'Jam buka loket hari Sabtu?' });
      expect(edited).toMatchObject({ ok: true, data: { text: 'Jam buka loket hari Sabtu?', status: 'pending' } });
      expect(await rudi.emit(LiveEvent.editOwn, { questionId: asked.data.id, text: 'bukan milikku' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      await moderator.emit(LiveEvent.moderate, { questionId: asked.data.id, decision: 'approve' });
      expect(await ani.emit(LiveEvent.withdraw, { questionId: asked.data.id })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });

      const second = await ani.emit(LiveEvent.ask, { text: 'Salah ketik, saya tarik' });
      if (!second.ok) throw new Error('ask failed');
      expect(await ani.emit(LiveEvent.withdraw, { questionId: second.data.id })).toMatchObject({ ok: true, data: { status: 'withdrawn' } });
      const withdrawn = await db.getRepository(Question).findOneByOrFail({ id: second.data.id });
      expect(withdrawn.status).toBe('withdrawn');
      expect(await moderator.emit(LiveEvent.moderate, { questionId: second.data.id, decision: 'approve' })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_STATE' },
      });
    });

    it('tells the asker why a question was rejected', async () => {
      const { moderator, ani } = await liveForum();
      const asked = await ani.emit(LiveEvent.ask, { text: 'Iklan toko saya' });
      if (!asked.ok) throw new Error('ask failed');
      const rejected = await moderator.emit(LiveEvent.moderate, {
        questionId: asked.data.id,
        decision: 'reject',
        reason: 'Di luar topik forum',
      });
      expect(rejected).toMatchObject({ ok: true, data: { status: 'rejected', rejectionReason: 'Di luar topik forum' } });
      for (let i = 0; i < 100 && ani.privateUpdates.length === 0; i++) await sleep(20);
      expect(ani.privateUpdates).toEqual([expect.objectContaining({ status: 'rejected', rejectionReason: 'Di luar topik forum' })]);
      expect(await moderator.emit(LiveEvent.moderate, { questionId: asked.data.id, decision: 'reject', reason: 'x'.repeat(301) })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED' },
      });
    });

    it('publishes at once without pre-moderation, and the moderator can switch it back on live', async () => {
      const { moderator, projector, ani } = await liveForum({ preModeration: false });
      const asked = await ani.emit(LiveEvent.ask, { text: 'Langsung tampil?' });
      expect(asked).toMatchObject({ ok: true, data: { status: 'approved' } });
      await projector.waitFor(publicOf('question.upserted'));
      const settings = await moderator.emit(LiveEvent.updateSettings, { preModeration: true });
      expect(settings).toEqual({ ok: true, data: { preModeration: true, fullyAnonymous: false } });
      await projector.waitFor(publicOf('settings.changed', (c) => c.settings.preModeration));
      expect(await ani.emit(LiveEvent.ask, { text: 'Sekarang dimoderasi' })).toMatchObject({ ok: true, data: { status: 'pending' } });
      expect(await ani.emit(LiveEvent.updateSettings, { preModeration: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });

    it('edits, answers, replies, pins one at a time and archives', async () => {
      const { moderator, projector, ani, rudi } = await liveForum({ preModeration: false });
      const first = await ani.emit(LiveEvent.ask, { text: 'Persyaratn KTP?' });
      const second = await rudi.emit(LiveEvent.ask, { text: 'Waktu tunggu?' });
      if (!first.ok || !second.ok) throw new Error('ask failed');
      const q1 = first.data.id;
      const q2 = second.data.id;

      expect(await moderator.emit(LiveEvent.editQuestion, { questionId: q1, text: 'Persyaratan KTP?' })).toMatchObject({
        ok: true,
        data: { text: 'Persyaratan KTP?' },
      });
      await projector.waitFor(publicOf('question.upserted', (c) => c.question.text === 'Persyaratan KTP?'));

      expect(await moderator.emit(LiveEvent.pin, { questionId: q1 })).toEqual({ ok: true, data: { questionId: q1 } });
      expect(await moderator.emit(LiveEvent.pin, { questionId: q2 })).toEqual({ ok: true, data: { questionId: q2 } });
      expect(await db.getRepository(Question).findBy({ pinned: true, forumId: (await projectorForum(projector)).forum.forumId })).toEqual([
        expect.objectContaining({ id: q2 }),
      ]);
      await projector.waitFor(publicOf('question.upserted', (c) => c.question.id === q1 && !c.question.pinned));

      const replied = await moderator.emit(LiveEvent.reply, { questionId: q2, text: 'Paling lama 14 hari kerja.' });
      expect(replied).toMatchObject({ ok: true, data: { reply: { text: 'Paling lama 14 hari kerja.', authorName: 'participation-organiser' } } });
      expect(await moderator.emit(LiveEvent.setQuestionStatus, { questionId: q2, status: 'answered' })).toMatchObject({
        ok: true,
        data: { status: 'answered' },
      });
      const answered = await projector.waitFor(publicOf('question.upserted', (c) => c.question.id === q2 && c.question.status === 'answered'));
      expect(answered.change).toMatchObject({ question: { reply: { text: 'Paling lama 14 hari kerja.' }, pinned: true } });

      expect(await moderator.emit(LiveEvent.setQuestionStatus, { questionId: q2, status: 'archived' })).toMatchObject({
        ok: true,
        data: { status: 'archived', pinned: false },
      });
      await projector.waitFor(publicOf('question.removed', (c) => c.questionId === q2));
      const snapshot = await projectorForum(projector);
      expect(snapshot.questions.map((q) => q.id)).toEqual([q1]);
      expect(await moderator.emit(LiveEvent.pin, { questionId: q2 })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
      expect(await rudi.emit(LiveEvent.upvote, { questionId: q2, upvoted: true })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
      expect(await ani.emit(LiveEvent.reply, { questionId: q1, text: 'jawab sendiri' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });

    it('refuses status moves that make no sense and staff actions from attendees', async () => {
      const { moderator, ani, rudi } = await liveForum();
      const asked = await ani.emit(LiveEvent.ask, { text: 'Masih menunggu' });
      if (!asked.ok) throw new Error('ask failed');
      const id = asked.data.id;
      expect(await moderator.emit(LiveEvent.setQuestionStatus, { questionId: id, status: 'answered' })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_STATE' },
      });
      expect(await moderator.emitRaw(LiveEvent.setQuestionStatus, { questionId: id, status: 'pending' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED' },
      });
      expect(await moderator.emit(LiveEvent.pin, { questionId: id })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
      expect(await rudi.emit(LiveEvent.withdraw, { questionId: id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      for (const [event, payload] of [
        [LiveEvent.editQuestion, { questionId: id, text: 'diubah peserta' }],
        [LiveEvent.setQuestionStatus, { questionId: id, status: 'archived' }],
        [LiveEvent.pin, { questionId: null }],
        [LiveEvent.moderate, { questionId: id, decision: 'approve' }],
      ] as const) {
        expect(await rudi.emit(event, payload)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      expect(await moderator.emit(LiveEvent.editOwn, { questionId: id, text: 'staf bukan penanya' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await db.getRepository(Question).findOneByOrFail({ id })).toMatchObject({ status: 'pending', text: 'Masih menunggu', pinned: false });
    });
  });

  describe('agenda', () => {
    it('starts, ends and reorders items; the projector follows with timestamps for its timer', async () => {
      const { forum, moderator, projector, ani } = await liveForum();
      const [opening, talk, discussion] = forum.agenda;
      const started = await moderator.emit(LiveEvent.startAgendaItem, { agendaItemId: opening.id });
      expect(started).toMatchObject({ ok: true, data: { currentAgendaItemId: opening.id } });
      const next = await moderator.emit(LiveEvent.startAgendaItem, { agendaItemId: talk.id });
      if (!next.ok) throw new Error('start failed');
      expect(next.data.agenda.map((item) => item.status)).toEqual(['done', 'running', 'upcoming']);
      expect(await moderator.emit(LiveEvent.endAgendaItem, { agendaItemId: opening.id })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_STATE' },
      });
      const ended = await moderator.emit(LiveEvent.endAgendaItem, { agendaItemId: talk.id });
      expect(ended).toMatchObject({ ok: true, data: { agenda: [{ status: 'done' }, { status: 'done', endedAt: expect.any(String) }, {}] } });

      const reordered = await moderator.emit(LiveEvent.reorderAgenda, { orderedIds: [discussion.id, opening.id, talk.id] });
      if (!reordered.ok) throw new Error('reorder failed');
      expect(reordered.data.agenda.map((item) => item.id)).toEqual([discussion.id, opening.id, talk.id]);
      const seen = await projector.waitFor(publicOf('agenda.updated', (c) => c.agenda[0].id === discussion.id));
      expect(seen.change).toMatchObject({ agenda: [{ position: 0 }, { position: 1 }, { position: 2 }] });
      for (const bad of [
        [opening.id, talk.id],
        [opening.id, talk.id, talk.id],
        [opening.id, talk.id, '00000000-0000-4000-8000-000000000000'],
      ]) {
        expect(await moderator.emit(LiveEvent.reorderAgenda, { orderedIds: bad })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      }
      expect(await ani.emit(LiveEvent.startAgendaItem, { agendaItemId: opening.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });
  });

  describe('speaker queue', () => {
    it('takes hands from the room and online, in order; the moderator reorders and gives the floor with a limit', async () => {
      const { moderator, projector, ani, rudi, aniId } = await liveForum();
      const aniHand = await ani.emit(LiveEvent.raiseHand, {});
      const again = await ani.emit(LiveEvent.raiseHand, {});
      const rudiHand = await rudi.emit(LiveEvent.raiseHand, {});
      if (!aniHand.ok || !again.ok || !rudiHand.ok) throw new Error('raise failed');
      expect(again.data.id).toBe(aniHand.data.id);
      expect(aniHand.data).toMatchObject({ name: 'Ani', mode: 'room', status: 'waiting', participantId: aniId });
      expect(rudiHand.data).toMatchObject({ name: 'Rudi', mode: 'online', institution: 'LSM Peduli' });
      const queued = await projector.waitFor(publicOf('speakers.updated', (c) => c.speakers.length === 2));
      expect(queued.change).toMatchObject({ speakers: [{ name: 'Ani' }, { name: 'Rudi' }] });

      const reordered = await moderator.emit(LiveEvent.reorderSpeakers, { orderedIds: [rudiHand.data.id, aniHand.data.id] });
      expect(reordered).toMatchObject({ ok: true, data: [{ name: 'Rudi' }, { name: 'Ani' }] });
      expect(await moderator.emit(LiveEvent.giveFloor, { requestId: rudiHand.data.id, limitSeconds: 5 })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED' },
      });
      const floor = await moderator.emit(LiveEvent.giveFloor, { requestId: rudiHand.data.id, limitSeconds: 120 });
      expect(floor).toMatchObject({ ok: true, data: { status: 'speaking', limitSeconds: 120, startedAt: expect.any(String) } });
      // Giving the floor to the next ends the current turn.
      await moderator.emit(LiveEvent.giveFloor, { requestId: aniHand.data.id });
      const statuses = await db.getRepository(SpeakerRequest).find({ where: { id: rudiHand.data.id } });
      expect(statuses[0].status).toBe('done');
      const speaking = await projector.waitFor(publicOf('speakers.updated', (c) => c.speakers.length === 1 && c.speakers[0].status === 'speaking'));
      expect(speaking.change).toMatchObject({ speakers: [{ name: 'Ani', limitSeconds: null }] });

      expect(await ani.emit(LiveEvent.lowerHand, {})).toEqual({ ok: true, data: { lowered: true } });
      expect(await ani.emit(LiveEvent.lowerHand, {})).toEqual({ ok: true, data: { lowered: false } });
      expect(await ani.emitRaw(LiveEvent.raiseHand, { extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      expect(await ani.emit(LiveEvent.giveFloor, { requestId: aniHand.data.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await moderator.emit(LiveEvent.raiseHand, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await moderator.emit(LiveEvent.endSpeaker, { requestId: aniHand.data.id })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    });
  });

  describe('reactions', () => {
    it('reach the projector and staff in coalesced bursts, not the phones, and are rate-limited', async () => {
      const { moderator, projector, ani, rudi } = await liveForum();
      const bursts: ReactionBurst[] = [];
      const phoneBursts: ReactionBurst[] = [];
      projector.socket.on(LiveEvent.reactions, (burst) => bursts.push(burst));
      rudi.socket.on(LiveEvent.reactions, (burst) => phoneBursts.push(burst));
      const staffBursts: ReactionBurst[] = [];
      moderator.socket.on(LiveEvent.reactions, (burst) => staffBursts.push(burst));
      const sent = [];
      for (const kind of ['applause', 'applause', 'agree', 'unclear', 'applause', 'applause'] as const) {
        sent.push(await ani.emit(LiveEvent.react, { kind }));
      }
      expect(sent.slice(0, 5).every((ack) => ack.ok)).toBe(true);
      expect(sent[5]).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
      expect(await rudi.emitRaw(LiveEvent.react, { kind: 'boo' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      await sleep(800);
      const total = (list: ReactionBurst[]) =>
        list.reduce(
          (sum, burst) => ({
            applause: sum.applause + (burst.counts.applause ?? 0),
            agree: sum.agree + (burst.counts.agree ?? 0),
            unclear: sum.unclear + (burst.counts.unclear ?? 0),
          }),
          { applause: 0, agree: 0, unclear: 0 },
        );
      expect(total(bursts)).toEqual({ applause: 3, agree: 1, unclear: 1 });
      expect(bursts.length).toBeLessThanOrEqual(2);
      expect(total(staffBursts)).toEqual({ applause: 3, agree: 1, unclear: 1 });
      expect(phoneBursts).toEqual([]);
      expect(await projector.emit(LiveEvent.react, { kind: 'agree' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });
  });

  describe('projector control', () => {
    it('switches what every projector shows and keeps it for a reconnecting one', async () => {
      const { moderator, projector, ani } = await liveForum();
      expect((await projectorForum(projector)).projector).toEqual({ mode: 'join' });
      expect(await moderator.emitRaw(LiveEvent.showOnProjector, { view: { mode: 'speakers', pollId: 'ignored' } })).toEqual({
        ok: true,
        data: { mode: 'speakers' },
      });
      await projector.waitFor(publicOf('projector.changed', (c) => c.projector.mode === 'speakers'));
      expect((await projectorForum(projector)).projector).toEqual({ mode: 'speakers' });
      expect(await moderator.emit(LiveEvent.showOnProjector, { view: { mode: 'poll', pollId: '00000000-0000-4000-8000-000000000000' } })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      for (const view of [{ mode: 'karaoke' }, { mode: 'poll' }, null, 'agenda']) {
        expect(await moderator.emitRaw(LiveEvent.showOnProjector, { view })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      }
      expect(await ani.emit(LiveEvent.showOnProjector, { view: { mode: 'join' } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });
  });
});

async function projectorForum(projector: LiveTestClient): Promise<ForumSnapshot> {
  const snapshot = await projector.emit(LiveEvent.sync, {});
  if (!snapshot.ok) throw new Error('sync failed');
  return snapshot.data;
}
