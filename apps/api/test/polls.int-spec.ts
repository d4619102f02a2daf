import {
  apiPaths,
  LiveEvent,
  type AnswerPollResult,
  type CreatePollRequest,
  type ForumChange,
  type ForumDetail,
  type ForumSnapshot,
  type PollAnswer as PollAnswerValue,
  type PollResults,
  type PollView,
} from '@mufakat/contracts';
import { DataSource } from 'typeorm';
import { PollsService } from '../src/polls/polls.service';
import { createPublishedForum, http, LiveTestClient, registerAttendee, signupStaff, sleep } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { Poll, PollAnswer } from '@mufakat/persistence';

type Stream = ForumChange['stream'];

const isResults = (stream: Stream, pollId: string) => (change: ForumChange) =>
  change.stream === stream && change.change.type === 'poll.results' && change.change.pollId === pollId;
const resultsOf = (change: ForumChange): PollResults => {
  if (change.change.type !== 'poll.results') throw new Error(`not results: ${change.change.type}`);
  return change.change.results;
};
const pollIn = (change: ForumChange): PollView | null =>
  change.change.type === 'poll.upserted' || change.change.type === 'poll.updated' ? change.change.poll : null;
const mentions = (pollId: string) => (change: ForumChange) => pollIn(change)?.id === pollId || ('pollId' in change.change && change.change.pollId === pollId);

describe(PollsService.name, () => {
  let api: TestApp;
  let db: DataSource;
  let forum: ForumDetail;
  let organiserCookie: string;
  let moderatorCookie: string;
  let facilitatorCookie: string;
  let moderator: LiveTestClient;
  let projector: LiveTestClient;
  let attendees: LiveTestClient[];
  const clients: LiveTestClient[] = [];

  const connect = async (...args: Parameters<typeof LiveTestClient.connect>) => {
    const client = await LiveTestClient.connect(...args);
    clients.push(client);
    return client;
  };
  const joinAsAttendee = async (name: string, target: ForumDetail = forum) => {
    const { attendeeToken } = await registerAttendee(api.url, target.joinCode as string, { name });
    return connect(api.url, { forumId: target.id, attendeeToken });
  };

  async function create(request: CreatePollRequest, by: LiveTestClient = moderator): Promise<PollView> {
    const reply = await by.emit(LiveEvent.createPoll, request);
    if (!reply.ok) throw new Error(`create failed: ${JSON.stringify(reply.error)}`);
    return reply.data;
  }
  async function setStatus(pollId: string, status: 'open' | 'closed'): Promise<PollView> {
    const reply = await moderator.emit(LiveEvent.setPollStatus, { pollId, status });
    if (!reply.ok) throw new Error(`${status} failed: ${JSON.stringify(reply.error)}`);
    return reply.data;
  }
  const answer = (client: LiveTestClient, pollId: string, given: PollAnswerValue) => client.emit(LiveEvent.answerPoll, { pollId, answer: given });
  async function answered(client: LiveTestClient, pollId: string, given: PollAnswerValue): Promise<AnswerPollResult> {
    const reply = await answer(client, pollId, given);
    if (!reply.ok) throw new Error(`answer failed: ${JSON.stringify(reply.error)}`);
    return reply.data;
  }
  /** The latest results a client got for a poll on a stream, once they satisfy the predicate. */
  async function resultsSeen(client: LiveTestClient, stream: Stream, pollId: string, until: (r: PollResults) => boolean) {
    const seen = await client.waitFor((change) => isResults(stream, pollId)(change) && until(resultsOf(change)));
    return resultsOf(seen);
  }
  async function snapshot(client: LiveTestClient): Promise<ForumSnapshot> {
    const reply = await client.emit(LiveEvent.sync, {});
    if (!reply.ok) throw new Error('sync failed');
    return reply.data;
  }
  /** Everything a refused request could have touched, to compare before and after. */
  async function pollState(forumId = forum.id) {
    const polls = await db.getRepository(Poll).find({ where: { forumId }, order: { createdAt: 'ASC' } });
    const answers = await db.query(
      `SELECT a.poll_id, a.participant_id, a.answer, a.updated_at FROM poll_answers a JOIN polls p ON p.id = a.poll_id
       WHERE p.forum_id = $1 ORDER BY a.poll_id, a.participant_id`,
      [forumId],
    );
    const [{ seq, staff_seq }] = await db.query('SELECT seq, staff_seq FROM forums WHERE id = $1', [forumId]);
    return { polls, answers, seq, staff_seq };
  }
  const refused = (code: string) => ({ ok: false, error: expect.objectContaining({ code }) });

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    organiserCookie = (await signupStaff(api.url, 'organiser')).cookie;
    const moderatorUser = await signupStaff(api.url, 'moderator');
    const facilitatorUser = await signupStaff(api.url, 'facilitator');
    moderatorCookie = moderatorUser.cookie;
    facilitatorCookie = facilitatorUser.cookie;
    forum = await createPublishedForum(api.url, organiserCookie);
    for (const [email, role] of [
      [moderatorUser.email, 'moderator'],
      [facilitatorUser.email, 'facilitator'],
    ] as const) {
      const invited = await http(api.url, apiPaths.forumMembers(forum.id), { body: { email, role }, cookie: organiserCookie });
      expect(invited.status).toBe(201);
    }
    moderator = await connect(api.url, { forumId: forum.id }, moderatorCookie);
    const projectorKey = new URL(forum.projectorUrl, 'http://x').searchParams.get('key') as string;
    projector = await connect(api.url, { forumId: forum.id, projectorKey });
    attendees = [await joinAsAttendee('Siti'), await joinAsAttendee('Budi'), await joinAsAttendee('Ani')];
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await api.close();
  });

  describe('runs each type of poll from draft to results', () => {
    const cases: Array<{
      name: string;
      request: CreatePollRequest;
      answers: (poll: PollView) => PollAnswerValue[];
      /** How the server stores and acknowledges the answers, when that differs from what was sent. */
      canonical?: (answers: PollAnswerValue[]) => PollAnswerValue[];
      expected: (poll: PollView, answers: PollAnswerValue[]) => PollResults;
    }> = [
      {
        name: 'single choice',
        request: { question: 'Apakah jam layanan sudah sesuai?', type: 'single', options: ['Ya', 'Tidak', 'Ragu-ragu'] },
        answers: ({ options: [ya, , ragu] }) => [
          { type: 'single', optionId: ya.id },
          { type: 'single', optionId: ya.id },
          { type: 'single', optionId: ragu.id },
        ],
        expected: ({ options: [ya, tidak, ragu] }) => ({ type: 'single', respondents: 3, counts: { [ya.id]: 2, [tidak.id]: 0, [ragu.id]: 1 } }),
      },
      {
        name: 'multiple choice',
        request: { question: 'Apa yang perlu diperbaiki?', type: 'multiple', options: ['Antrean', 'Biaya', 'Informasi', 'Sikap petugas'], maxChoices: 2 },
        answers: ({ options: [a, b, c, d] }) => [
          { type: 'multiple', optionIds: [a.id, b.id] },
          { type: 'multiple', optionIds: [b.id, d.id] },
          { type: 'multiple', optionIds: [b.id, c.id] },
        ],
        expected: ({ options: [a, b, c, d] }) => ({ type: 'multiple', respondents: 3, counts: { [a.id]: 1, [b.id]: 3, [c.id]: 1, [d.id]: 1 } }),
      },
      {
        name: 'rating',
        request: { question: 'Seberapa puas Anda dengan layanan KTP-el?', type: 'rating', scaleMax: 10 },
        answers: () => [
          { type: 'rating', value: 7 },
          { type: 'rating', value: 10 },
          { type: 'rating', value: 4 },
        ],
        expected: () => ({
          type: 'rating',
          respondents: 3,
          distribution: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0, 6: 0, 7: 1, 8: 0, 9: 0, 10: 1 },
          average: 7,
        }),
      },
      {
        name: 'word cloud',
        request: { question: 'Satu kata untuk layanan kami?', type: 'wordcloud' },
        answers: () => [
          { type: 'wordcloud', words: ['Cepat', 'ramah'] },
          { type: 'wordcloud', words: ['CEPAT', 'murah hati'] },
          { type: 'wordcloud', words: [' Ramah', 'cepat', 'Murah  Hati '] },
        ],
        canonical: ([first, second]) => [first, second, { type: 'wordcloud', words: ['Ramah', 'cepat', 'Murah Hati'] }],
        expected: () => ({
          type: 'wordcloud',
          respondents: 3,
          words: [
            { word: 'cepat', count: 3 },
            { word: 'murah hati', count: 2 },
            { word: 'ramah', count: 2 },
          ],
        }),
      },
      {
        name: 'open text',
        request: { question: 'Saran Anda?', type: 'open' },
        answers: () => [
          { type: 'open', text: 'Tambah loket di kecamatan.' },
          { type: 'open', text: 'Layanan daring untuk perubahan data.' },
          { type: 'open', text: 'Jam buka sampai sore.' },
        ],
        expected: (_, answers) => ({
          type: 'open',
          respondents: 3,
          answers: [...answers].reverse().map((a) => ({ text: (a as { text: string }).text, at: expect.any(String) })),
        }),
      },
      {
        // By hand, n = 4 so places earn 3, 2, 1, 0: [A B C D] + [B A D C] + [C B A D] → B 7, A 6, C 4, D 1.
        name: 'ranking by Borda count',
        request: { question: 'Urutkan prioritas perbaikan', type: 'ranking', options: ['Antrean', 'Biaya', 'Cepat', 'Dokumen'] },
        answers: ({ options: [a, b, c, d] }) => [
          { type: 'ranking', optionIds: [a.id, b.id, c.id, d.id] },
          { type: 'ranking', optionIds: [b.id, a.id, d.id, c.id] },
          { type: 'ranking', optionIds: [c.id, b.id, a.id, d.id] },
        ],
        expected: ({ options: [a, b, c, d] }) => ({
          type: 'ranking',
          respondents: 3,
          method: 'borda',
          scores: [
            { optionId: b.id, score: 7 },
            { optionId: a.id, score: 6 },
            { optionId: c.id, score: 4 },
            { optionId: d.id, score: 1 },
          ],
        }),
      },
      {
        // Same answers; mean 1-based positions: B 5/3, A 2, C 8/3, D 11/3.
        name: 'ranking by average position',
        request: { question: 'Urutkan lagi', type: 'ranking', options: ['Antrean', 'Biaya', 'Cepat', 'Dokumen'], rankingMethod: 'average' },
        answers: ({ options: [a, b, c, d] }) => [
          { type: 'ranking', optionIds: [a.id, b.id, c.id, d.id] },
          { type: 'ranking', optionIds: [b.id, a.id, d.id, c.id] },
          { type: 'ranking', optionIds: [c.id, b.id, a.id, d.id] },
        ],
        expected: ({ options: [a, b, c, d] }) => ({
          type: 'ranking',
          respondents: 3,
          method: 'average',
          scores: [
            { optionId: b.id, score: 5 / 3 },
            { optionId: a.id, score: 2 },
            { optionId: c.id, score: 8 / 3 },
            { optionId: d.id, score: 11 / 3 },
          ],
        }),
      },
    ];

    it.each(cases)('$name', async ({ request, answers, canonical = (given) => given, expected }) => {
      const draft = await create({ ...request, agendaItemId: forum.agenda[1].id });
      expect(draft).toMatchObject({ status: 'draft', resultsVisible: true, allowChange: true, agendaItemId: forum.agenda[1].id, openedAt: null });
      await moderator.waitFor((c) => c.stream === 'staff' && pollIn(c)?.id === draft.id);

      const opened = await setStatus(draft.id, 'open');
      expect(opened).toMatchObject({ status: 'open', openedAt: expect.any(String) });
      const upserted = await projector.waitFor((c) => c.change.type === 'poll.upserted' && pollIn(c)?.id === draft.id);
      expect(pollIn(upserted)).toEqual(opened);
      // The room never heard of the draft.
      expect(projector.changes.filter(mentions(draft.id))[0]).toBe(upserted);
      expect(projector.changes.some((c) => c.stream === 'staff')).toBe(false);

      const given = answers(opened);
      const stored = canonical(given);
      for (const [i, one] of given.entries()) {
        // Each answer arrives intact through validation and comes back as acknowledged.
        expect(await answered(attendees[i], opened.id, one)).toEqual({ pollId: opened.id, answer: stored[i] });
      }
      const want = expected(opened, given);
      expect(await resultsSeen(projector, 'public', opened.id, (r) => r.respondents === 3)).toEqual(want);
      expect(await resultsSeen(moderator, 'staff', opened.id, (r) => r.respondents === 3)).toEqual(want);
      expect(await resultsSeen(attendees[0], 'public', opened.id, (r) => r.respondents === 3)).toEqual(want);

      const rows = await db.getRepository(PollAnswer).find({ where: { pollId: opened.id } });
      expect(rows.map((row) => row.answer)).toEqual(expect.arrayContaining(stored));
      expect(rows).toHaveLength(3);

      const closed = await setStatus(opened.id, 'closed');
      expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
      await projector.waitFor((c) => c.change.type === 'poll.upserted' && pollIn(c)?.status === 'closed' && pollIn(c)?.id === opened.id);
      await moderator.waitFor((c) => c.change.type === 'poll.updated' && pollIn(c)?.status === 'closed' && pollIn(c)?.id === opened.id);

      // A fresh snapshot agrees with what the streams said.
      const mine = await snapshot(attendees[1]);
      expect(mine.viewer).toMatchObject({ role: 'attendee', myPollAnswers: expect.objectContaining({ [opened.id]: stored[1] }) });
      expect(mine.polls.find((p) => p.id === opened.id)).toEqual(closed);
      expect(mine.pollResults[opened.id]).toEqual(want);
      const staffView = await snapshot(moderator);
      expect(staffView.staff?.pollResults[opened.id]).toEqual(want);
    });
  });

  it('keeps hidden results from the room and the phones, but not from staff', async () => {
    const poll = await setStatus((await create({ question: 'Rahasia dulu', type: 'single', options: ['A', 'B'], resultsVisible: false })).id, 'open');
    expect(poll.resultsVisible).toBe(false);
    await answered(attendees[0], poll.id, { type: 'single', optionId: poll.options[0].id });
    await answered(attendees[1], poll.id, { type: 'single', optionId: poll.options[1].id });
    const staffResults = await resultsSeen(moderator, 'staff', poll.id, (r) => r.respondents === 2);
    expect(staffResults).toEqual({ type: 'single', respondents: 2, counts: { [poll.options[0].id]: 1, [poll.options[1].id]: 1 } });
    await sleep(300);
    for (const client of [projector, ...attendees]) expect(client.changes.some(isResults('public', poll.id))).toBe(false);
    const roomView = await snapshot(projector);
    expect(roomView.polls.map((p) => p.id)).toContain(poll.id);
    expect(roomView.pollResults[poll.id]).toBeUndefined();
    expect((await snapshot(moderator)).staff?.pollResults[poll.id]).toEqual(staffResults);

    // Revealed: the poll and its current results reach the room with consecutive numbers.
    const shown = await moderator.emit(LiveEvent.setPollResultsVisible, { pollId: poll.id, visible: true });
    expect(shown).toMatchObject({ ok: true, data: { resultsVisible: true } });
    const results = await projector.waitFor(isResults('public', poll.id));
    expect(resultsOf(results)).toEqual(staffResults);
    const upserted = projector.changes.find((c) => c.change.type === 'poll.upserted' && pollIn(c)?.id === poll.id && pollIn(c)?.resultsVisible);
    expect(upserted?.seq).toBe(results.seq - 1);
    expect((await snapshot(projector)).pollResults[poll.id]).toEqual(staffResults);

    // Hidden again: later answers reach staff only.
    expect((await moderator.emit(LiveEvent.setPollResultsVisible, { pollId: poll.id, visible: false })).ok).toBe(true);
    await projector.waitFor((c) => c.change.type === 'poll.upserted' && pollIn(c)?.id === poll.id && pollIn(c)?.resultsVisible === false);
    const publicBefore = projector.changes.filter(isResults('public', poll.id)).length;
    await answered(attendees[2], poll.id, { type: 'single', optionId: poll.options[0].id });
    await resultsSeen(moderator, 'staff', poll.id, (r) => r.respondents === 3);
    await sleep(300);
    expect(projector.changes.filter(isResults('public', poll.id))).toHaveLength(publicBefore);
    expect((await snapshot(projector)).pollResults[poll.id]).toBeUndefined();
  });

  it('lets an attendee change an answer only where the poll allows it, and accepts a retried answer', async () => {
    const changeable = await setStatus((await create({ question: 'Boleh ganti', type: 'single', options: ['A', 'B'] })).id, 'open');
    const [a, b] = changeable.options;
    await answered(attendees[0], changeable.id, { type: 'single', optionId: a.id });
    expect(await answered(attendees[0], changeable.id, { type: 'single', optionId: b.id })).toEqual({
      pollId: changeable.id,
      answer: { type: 'single', optionId: b.id },
    });
    expect(await answered(attendees[0], changeable.id, { type: 'single', optionId: b.id })).toMatchObject({ answer: { optionId: b.id } });
    expect(await resultsSeen(projector, 'public', changeable.id, (r) => r.type === 'single' && r.counts[b.id] === 1)).toEqual({
      type: 'single',
      respondents: 1,
      counts: { [a.id]: 0, [b.id]: 1 },
    });
    expect(await db.getRepository(PollAnswer).find({ where: { pollId: changeable.id } })).toEqual([
      expect.objectContaining({ answer: { type: 'single', optionId: b.id } }),
    ]);

    const fixed = await setStatus((await create({ question: 'Sekali saja', type: 'multiple', options: ['A', 'B', 'C'], allowChange: false })).id, 'open');
    const [x, y, z] = fixed.options.map((o) => o.id);
    // Sent in another order than the poll's: stored (and acknowledged) in the poll's order.
    expect(await answered(attendees[1], fixed.id, { type: 'multiple', optionIds: [z, x] })).toEqual({
      pollId: fixed.id,
      answer: { type: 'multiple', optionIds: [x, z] },
    });
    await resultsSeen(moderator, 'staff', fixed.id, (r) => r.respondents === 1);
    await sleep(150);
    const before = await pollState();
    expect(await answer(attendees[1], fixed.id, { type: 'multiple', optionIds: [x, z] })).toEqual({
      ok: true,
      data: { pollId: fixed.id, answer: { type: 'multiple', optionIds: [x, z] } },
    });
    expect(await answer(attendees[1], fixed.id, { type: 'multiple', optionIds: [z, x] })).toMatchObject({ ok: true });
    expect(await answer(attendees[1], fixed.id, { type: 'multiple', optionIds: [y] })).toEqual(refused('CONFLICT'));
    await sleep(200);
    expect(await pollState()).toEqual(before);
  });

  it('edits and deletes drafts only, tells only staff, and audits every action', async () => {
    const before = projector.changes.length;
    const draft = await create({ question: 'Draf', type: 'single', options: ['Satu', 'Dua'] });
    const edited = await moderator.emit(LiveEvent.updatePoll, {
      pollId: draft.id,
      question: 'Draf yang diubah',
      type: 'multiple',
      options: ['Tiga', 'satu', 'Empat'],
      maxChoices: 2,
      allowChange: false,
    });
    if (!edited.ok) throw new Error(JSON.stringify(edited.error));
    expect(edited.data).toMatchObject({ question: 'Draf yang diubah', type: 'multiple', maxChoices: 2, allowChange: false, resultsVisible: true });
    // An option whose label only changed case keeps its id.
    expect(edited.data.options[1]).toEqual({ id: draft.options[0].id, label: 'satu' });
    await moderator.waitFor((c) => c.change.type === 'poll.updated' && pollIn(c)?.question === 'Draf yang diubah');

    expect(await moderator.emit(LiveEvent.deletePoll, { pollId: draft.id })).toEqual({ ok: true, data: { pollId: draft.id } });
    await moderator.waitFor((c) => c.stream === 'staff' && c.change.type === 'poll.deleted' && c.change.pollId === draft.id);
    expect(await db.getRepository(Poll).existsBy({ id: draft.id })).toBe(false);
    await sleep(200);
    expect(projector.changes.slice(before).some(mentions(draft.id))).toBe(false);

    const audit: Array<{ action: string }> = await db.query('SELECT action FROM audit_log WHERE forum_id = $1', [forum.id]);
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['poll.create', 'poll.update', 'poll.delete', 'poll.open', 'poll.close', 'poll.show-results', 'poll.hide-results']),
    );
    const subjects: Array<{ action: string }> = await db.query('SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY created_at', [draft.id]);
    expect(subjects.map((row) => row.action)).toEqual(['poll.create', 'poll.update', 'poll.delete']);
  });

  describe('refuses what it must, and changes nothing', () => {
    let draft: PollView;
    let open: PollView;
    let closed: PollView;
    let rating: PollView;
    let words: PollView;
    let ranking: PollView;
    let otherForum: ForumDetail;
    let otherForumPoll: PollView;

    beforeAll(async () => {
      draft = await create({ question: 'Masih draf', type: 'single', options: ['A', 'B'] });
      open = await setStatus((await create({ question: 'Terbuka', type: 'multiple', options: ['A', 'B', 'C'], maxChoices: 2 })).id, 'open');
      closed = await setStatus((await setStatus((await create({ question: 'Selesai', type: 'single', options: ['A', 'B'] })).id, 'open')).id, 'closed');
      rating = await setStatus((await create({ question: 'Nilai', type: 'rating' })).id, 'open');
      words = await setStatus((await create({ question: 'Kata', type: 'wordcloud' })).id, 'open');
      ranking = await setStatus((await create({ question: 'Urutan', type: 'ranking', options: ['A', 'B', 'C'] })).id, 'open');
      otherForum = await createPublishedForum(api.url, organiserCookie);
      const organiserThere = await connect(api.url, { forumId: otherForum.id }, organiserCookie);
      otherForumPoll = await create({ question: 'Forum lain', type: 'single', options: ['A', 'B'] }, organiserThere);
      const opened = await organiserThere.emit(LiveEvent.setPollStatus, { pollId: otherForumPoll.id, status: 'open' });
      if (!opened.ok) throw new Error('open in the other forum failed');
      otherForumPoll = opened.data;
      await sleep(300);
    });

    async function expectUnchanged(attempt: () => Promise<unknown>, expected: unknown): Promise<void> {
      const before = await pollState();
      expect(await attempt()).toEqual(expected);
      await sleep(150);
      expect(await pollState()).toEqual(before);
    }

    it('refuses poll management from attendees, the projector and a facilitator', async () => {
      const facilitator = await connect(api.url, { forumId: forum.id }, facilitatorCookie);
      const request: CreatePollRequest = { question: 'Boleh?', type: 'single', options: ['Ya', 'Tidak'] };
      for (const client of [attendees[0], projector, facilitator]) {
        await expectUnchanged(() => client.emit(LiveEvent.createPoll, request), refused('FORBIDDEN'));
        await expectUnchanged(() => client.emit(LiveEvent.setPollStatus, { pollId: draft.id, status: 'open' }), refused('FORBIDDEN'));
        await expectUnchanged(() => client.emit(LiveEvent.deletePoll, { pollId: draft.id }), refused('FORBIDDEN'));
        await expectUnchanged(() => client.emit(LiveEvent.setPollResultsVisible, { pollId: open.id, visible: false }), refused('FORBIDDEN'));
      }
      // Staff do not answer polls, and neither does the projector.
      for (const client of [moderator, projector]) {
        await expectUnchanged(() => answer(client, open.id, { type: 'multiple', optionIds: [open.options[0].id] }), refused('FORBIDDEN'));
      }
    });

    it('refuses answers to a draft or a closed poll', async () => {
      await expectUnchanged(() => answer(attendees[0], draft.id, { type: 'single', optionId: draft.options[0].id }), refused('INVALID_STATE'));
      await expectUnchanged(() => answer(attendees[0], closed.id, { type: 'single', optionId: closed.options[0].id }), refused('INVALID_STATE'));
    });

    it('refuses answers that break the poll rules', async () => {
      const [a, b, c] = open.options.map((o) => o.id);
      const bad: Array<[PollView, PollAnswerValue]> = [
        [open, { type: 'multiple', optionIds: [a, 'no-such-option'] }],
        [open, { type: 'multiple', optionIds: [a, b, c] }],
        [open, { type: 'multiple', optionIds: [] }],
        [open, { type: 'single', optionId: a }],
        [rating, { type: 'rating', value: 0 }],
        [rating, { type: 'rating', value: 6 }],
        [rating, { type: 'rating', value: 11 }],
        [rating, { type: 'rating', value: 2.5 }],
        [words, { type: 'wordcloud', words: [] }],
        [words, { type: 'wordcloud', words: ['  '] }],
        [words, { type: 'wordcloud', words: ['satu', 'dua', 'tiga', 'empat'] }],
        [ranking, { type: 'ranking', optionIds: ranking.options.slice(0, 2).map((o) => o.id) }],
        [ranking, { type: 'ranking', optionIds: [ranking.options[0].id, ranking.options[0].id, ranking.options[1].id] }],
      ];
      for (const [poll, given] of bad) {
        await expectUnchanged(() => answer(attendees[0], poll.id, given), refused('VALIDATION_FAILED'));
      }
      for (const payload of [
        { pollId: open.id },
        { pollId: open.id, answer: 'B' },
        { pollId: open.id, answer: [a] },
        { pollId: open.id, answer: { optionIds: [a] } },
        { pollId: open.id, answer: { type: 'vote', optionIds: [a] } },
        { pollId: 'not-a-uuid', answer: { type: 'multiple', optionIds: [a] } },
        { pollId: open.id, answer: { type: 'multiple', optionIds: [a] }, extra: true },
      ]) {
        await expectUnchanged(() => attendees[0].emitRaw(LiveEvent.answerPoll, payload), refused('VALIDATION_FAILED'));
      }
    });

    it('refuses invalid poll definitions', async () => {
      const invalid: Array<Record<string, unknown>> = [
        { question: 'x'.repeat(301), type: 'rating' },
        { question: '   ', type: 'rating' },
        { question: 'Q', type: 'poll' },
        { question: 'Q', type: 'single' },
        { question: 'Q', type: 'single', options: ['Hanya satu'] },
        { question: 'Q', type: 'single', options: ['Sama', ' sama '] },
        { question: 'Q', type: 'single', options: ['A', 'x'.repeat(121)] },
        { question: 'Q', type: 'single', options: Array.from({ length: 13 }, (_, i) => `Opsi ${i}`) },
        { question: 'Q', type: 'rating', options: ['A', 'B'] },
        { question: 'Q', type: 'rating', scaleMax: 7 },
        { question: 'Q', type: 'multiple', options: ['A', 'B'], maxChoices: 3 },
        { question: 'Q', type: 'single', options: ['A', 'B'], scaleMax: 5 },
        { question: 'Q', type: 'ranking', options: ['A', 'B'], rankingMethod: 'condorcet' },
        { question: 'Q', type: 'open', extra: 1 },
      ];
      for (const request of invalid) {
        await expectUnchanged(() => moderator.emitRaw(LiveEvent.createPoll, request), refused('VALIDATION_FAILED'));
      }
      await expectUnchanged(
        () => moderator.emit(LiveEvent.updatePoll, { pollId: draft.id, question: 'x'.repeat(301), type: 'rating' }),
        refused('VALIDATION_FAILED'),
      );
    });

    it('refuses moves the poll lifecycle does not allow', async () => {
      await expectUnchanged(() => moderator.emit(LiveEvent.setPollStatus, { pollId: closed.id, status: 'open' }), refused('INVALID_STATE'));
      await expectUnchanged(() => moderator.emit(LiveEvent.setPollStatus, { pollId: open.id, status: 'open' }), refused('INVALID_STATE'));
      await expectUnchanged(() => moderator.emit(LiveEvent.setPollStatus, { pollId: draft.id, status: 'closed' }), refused('INVALID_STATE'));
      await expectUnchanged(() => moderator.emitRaw(LiveEvent.setPollStatus, { pollId: draft.id, status: 'draft' }), refused('VALIDATION_FAILED'));
      await expectUnchanged(() => moderator.emit(LiveEvent.updatePoll, { pollId: open.id, question: 'Ubah', type: 'rating' }), refused('INVALID_STATE'));
      await expectUnchanged(() => moderator.emit(LiveEvent.deletePoll, { pollId: open.id }), refused('INVALID_STATE'));
      await expectUnchanged(() => moderator.emit(LiveEvent.deletePoll, { pollId: closed.id }), refused('INVALID_STATE'));
    });

    it('answers NOT_FOUND for unknown polls, other forums’ polls and other forums’ agenda items', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      await expectUnchanged(() => answer(attendees[0], unknown, { type: 'single', optionId: 'a' }), refused('NOT_FOUND'));
      await expectUnchanged(() => moderator.emit(LiveEvent.setPollStatus, { pollId: unknown, status: 'open' }), refused('NOT_FOUND'));
      await expectUnchanged(() => moderator.emit(LiveEvent.deletePoll, { pollId: unknown }), refused('NOT_FOUND'));
      await expectUnchanged(() => moderator.emit(LiveEvent.updatePoll, { pollId: unknown, question: 'Q', type: 'rating' }), refused('NOT_FOUND'));

      const other = otherForumPoll;
      const otherBefore = await pollState(otherForum.id);
      await expectUnchanged(() => answer(attendees[0], other.id, { type: 'single', optionId: other.options[0].id }), refused('NOT_FOUND'));
      await expectUnchanged(() => moderator.emit(LiveEvent.setPollStatus, { pollId: other.id, status: 'closed' }), refused('NOT_FOUND'));
      await expectUnchanged(() => moderator.emit(LiveEvent.setPollResultsVisible, { pollId: other.id, visible: false }), refused('NOT_FOUND'));
      expect(await pollState(otherForum.id)).toEqual(otherBefore);

      await expectUnchanged(
        () => moderator.emit(LiveEvent.createPoll, { question: 'Q', type: 'rating', agendaItemId: otherForum.agenda[0].id }),
        refused('NOT_FOUND'),
      );
    });
  });

  it('coalesces a burst of 40 answers into far fewer broadcasts, with exact counts', async () => {
    const phones = await Promise.all(Array.from({ length: 40 }, (_, i) => joinAsAttendee(`Peserta ${i}`)));
    const poll = await setStatus((await create({ question: 'Setuju?', type: 'single', options: ['Setuju', 'Tidak', 'Abstain'] })).id, 'open');
    const replies = await Promise.all(phones.map((phone, i) => answer(phone, poll.id, { type: 'single', optionId: poll.options[i % 3].id })));
    const acknowledged = replies.filter((reply) => reply.ok).length;
    expect(acknowledged).toBe(40);
    expect(await db.getRepository(PollAnswer).countBy({ pollId: poll.id })).toBe(acknowledged);

    const final = { type: 'single', respondents: 40, counts: { [poll.options[0].id]: 14, [poll.options[1].id]: 13, [poll.options[2].id]: 13 } };
    expect(await resultsSeen(projector, 'public', poll.id, (r) => r.respondents === 40)).toEqual(final);
    expect(await resultsSeen(moderator, 'staff', poll.id, (r) => r.respondents === 40)).toEqual(final);
    await sleep(300);
    // One empty result set at opening, then at most a handful of coalesced ones.
    const publicBroadcasts = projector.changes.filter(isResults('public', poll.id)).length;
    const staffBroadcasts = moderator.changes.filter(isResults('staff', poll.id)).length;
    expect(publicBroadcasts).toBeLessThanOrEqual(10);
    expect(staffBroadcasts).toBeLessThanOrEqual(10);
    expect(phones[7].changes.filter(isResults('public', poll.id)).length).toBe(publicBroadcasts);
    // In sequence order results only grow, and the public stream has no gap.
    const bySeq = (a: ForumChange, b: ForumChange) => a.seq - b.seq;
    const seen = projector.changes
      .filter(isResults('public', poll.id))
      .sort(bySeq)
      .map((c) => resultsOf(c).respondents);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const seqs = projector.changes
      .filter((c) => c.stream === 'public')
      .map((c) => c.seq)
      .sort((a, b) => a - b);
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));
  });

  it('sends results still waiting to be coalesced when the api shuts down', async () => {
    const slow = await startTestApp({ tallyFlushMs: 60_000 });
    let closed = false;
    try {
      const staff = await LiveTestClient.connect(slow.url, { forumId: forum.id }, moderatorCookie);
      const { attendeeToken } = await registerAttendee(slow.url, forum.joinCode as string, { name: 'Terakhir' });
      const phone = await LiveTestClient.connect(slow.url, { forumId: forum.id, attendeeToken });
      const created = await staff.emit(LiveEvent.createPoll, { question: 'Sebelum tutup', type: 'rating' });
      if (!created.ok) throw new Error('create failed');
      expect((await staff.emit(LiveEvent.setPollStatus, { pollId: created.data.id, status: 'open' })).ok).toBe(true);
      expect(await answer(phone, created.data.id, { type: 'rating', value: 4 })).toMatchObject({ ok: true });
      await sleep(200);
      expect(staff.changes.some((c) => isResults('staff', created.data.id)(c) && resultsOf(c).respondents === 1)).toBe(false);
      await slow.close();
      closed = true;
      const last = staff.changes.filter(isResults('staff', created.data.id)).map(resultsOf);
      expect(last[last.length - 1]).toMatchObject({ respondents: 1, average: 4 });
      staff.close();
      phone.close();
    } finally {
      if (!closed) await slow.close();
    }
  });
});
