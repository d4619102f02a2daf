import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import type { PollAnswer as PollAnswerValue, PollType, QuestionStatus, StakeholderCategory } from '@mufakat/contracts';
import {
  AgendaItem,
  ConsensusItem,
  ConsensusSignal,
  dataSourceOptions,
  Forum,
  initializeDataSource,
  Organisation,
  Participant,
  Poll,
  PollAnswer,
  Question,
  SpeakerRequest,
  StaffUser,
  SurveyResponse,
  Unit,
} from '@mufakat/persistence';
import type { BeritaAcaraModel } from '@mufakat/documents';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { contentFingerprint, loadBeritaAcara } from '../src';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const at = (time: string) => new Date(`2026-11-20T${time}:00.000Z`);

describe(loadBeritaAcara.name, () => {
  const dbName = `mufakat_minutes_${Date.now()}_${randomBytes(3).toString('hex')}`;
  let db: DataSource;

  async function admin(sql: string): Promise<void> {
    const client = new Client({ connectionString: ADMIN_URL });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  }

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${dbName}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    db = await initializeDataSource(dataSourceOptions(url.toString(), 2));
  });

  afterAll(async () => {
    await db?.destroy();
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  });

  /** A small forum with a bit of everything the record shows, and things it must leave out. */
  async function seedForum(): Promise<Forum> {
    const staff = await db.getRepository(StaffUser).save({ email: `${randomUUID()}@dinas.test`, name: 'Organiser', passwordHash: 'x' });
    const forum = await db.getRepository(Forum).save({
      title: 'FKP Layanan KTP Elektronik',
      theme: 'Waktu tunggu pencetakan',
      serviceName: 'KTP-el',
      unitName: 'Dinas Dukcapil Kota Contoh',
      venue: 'Aula Kantor',
      startsAt: at('02:00'),
      projectorKey: randomUUID(),
      joinCode: randomBytes(3).toString('hex').toUpperCase(),
      createdBy: staff.id,
    });
    const [paparan, tanyaJawab] = await db.getRepository(AgendaItem).save([
      { forumId: forum.id, position: 0, title: 'Paparan standar pelayanan', plannedMinutes: 30, startedAt: at('02:10'), endedAt: at('02:40') },
      { forumId: forum.id, position: 1, title: 'Tanya jawab', plannedMinutes: 45 },
    ]);
    const people = await db.getRepository(Participant).save(
      (
        [
          ['Siti', 'service_user', 'room'],
          ['Budi', 'service_user', 'online'],
          ['Ani', 'media', 'room'],
          ['Dewi', 'academic', 'room'],
          ['Rudi', 'government', 'online'],
        ] as const
      ).map(([name, category, mode], i) => ({
        forumId: forum.id,
        name,
        institution: `Instansi ${name}`,
        category: category as StakeholderCategory,
        mode,
        tokenHash: randomBytes(32).toString('hex'),
        joinedAt: at(`02:0${i + 1}`),
      })),
    );
    const [siti, budi, ani, dewi, rudi] = people;

    const question = (who: Participant, status: QuestionStatus, text: string, more: Partial<Question> = {}) => ({
      forumId: forum.id,
      participantId: who.id,
      agendaItemId: paparan.id,
      status,
      text,
      ...more,
    });
    await db.getRepository(Question).save([
      question(siti, 'approved', 'Berapa lama pencetakan KTP-el?', { upvoteCount: 3 }),
      question(budi, 'answered', 'Apakah bisa diambil di kecamatan?', { upvoteCount: 7, replyText: 'Bisa, mulai bulan depan.' }),
      question(ani, 'archived', 'Bagaimana dengan blangko yang habis?', { agendaItemId: tanyaJawab.id, upvoteCount: 1, anonymous: true }),
      question(dewi, 'approved', 'Apakah ada layanan jemput bola?', { agendaItemId: null }),
      // Never seen by the room: not part of the record.
      question(rudi, 'pending', 'Menunggu moderasi'),
      question(rudi, 'rejected', 'Ditolak moderator'),
      question(rudi, 'withdrawn', 'Ditarik penanya', { agendaItemId: tanyaJawab.id }),
    ]);

    const poll = async (type: PollType, status: Poll['status'], openedAt: Date | null, more: Partial<Poll> = {}) =>
      db.getRepository(Poll).save({ forumId: forum.id, question: `Jajak ${type}`, type, options: [], status, openedAt, createdBy: staff.id, ...more });
    const single = await poll('single', 'closed', at('02:15'), {
      agendaItemId: paparan.id,
      question: 'Layanan mana yang Anda pakai?',
      options: [
        { id: 'a', label: 'Loket' },
        { id: 'b', label: 'Daring' },
        { id: 'c', label: 'Keduanya' },
      ],
    });
    const rating = await poll('rating', 'open', at('02:20'), { question: 'Seberapa puas Anda?', scaleMax: 5 });
    const open = await poll('open', 'closed', at('02:25'), { question: 'Usul perbaikan?' });
    const draft = await poll('single', 'draft', null, { options: [{ id: 'a', label: 'Belum dibuka' }] });
    const answer = (p: Poll, who: Participant, value: PollAnswerValue, updatedAt?: Date) => ({
      pollId: p.id,
      participantId: who.id,
      answer: value,
      ...(updatedAt ? { updatedAt } : {}),
    });
    await db
      .getRepository(PollAnswer)
      .save([
        answer(single, siti, { type: 'single', optionId: 'a' }),
        answer(single, budi, { type: 'single', optionId: 'b' }),
        answer(single, ani, { type: 'single', optionId: 'a' }),
        answer(single, dewi, { type: 'single', optionId: 'c' }),
        answer(rating, siti, { type: 'rating', value: 4 }),
        answer(rating, budi, { type: 'rating', value: 5 }),
        answer(rating, rudi, { type: 'rating', value: 5 }),
        answer(draft, siti, { type: 'single', optionId: 'a' }),
      ]);
    // Open-text answers are ordered by when they were last changed; set after insert, as the column updates itself.
    await db
      .getRepository(PollAnswer)
      .save([answer(open, ani, { type: 'open', text: 'Antrean daring' }), answer(open, dewi, { type: 'open', text: 'Loket lansia' })]);
    await db.query(`UPDATE poll_answers SET updated_at = $2 WHERE poll_id = $1 AND participant_id = $3`, [open.id, at('02:26'), ani.id]);
    await db.query(`UPDATE poll_answers SET updated_at = $2 WHERE poll_id = $1 AND participant_id = $3`, [open.id, at('02:27'), dewi.id]);

    const item = (text: string, status: ConsensusItem['status'], more: Partial<ConsensusItem> = {}) =>
      db.getRepository(ConsensusItem).save({ forumId: forum.id, text, status, createdBy: staff.id, ...more });
    const followUp = {
      action: 'Membuka loket lansia',
      responsibleUnit: 'Bidang Pelayanan',
      deadline: '2027-01-31',
      timeFrame: null,
      status: 'planned' as const,
    };
    // Approved second, numbered second: the record lists them by number.
    const second = await item('Informasi blangko diumumkan di situs dinas', 'approved', {
      number: 2,
      decidedAt: at('03:05'),
      followUp: { ...followUp, deadline: null, timeFrame: '3 bulan' },
    });
    const first = await item('Loket khusus lansia', 'approved', { number: 1, agendaItemId: paparan.id, decidedAt: at('03:00'), followUp });
    const stillOpen = await item('Layanan jemput bola', 'open');
    await item('Ditunda', 'set_aside');
    const signal = (itemId: string, who: Participant, value: ConsensusSignal['signal']) => ({ itemId, participantId: who.id, signal: value });
    await db
      .getRepository(ConsensusSignal)
      .save([
        signal(first.id, siti, 'agree'),
        signal(first.id, budi, 'agree'),
        signal(first.id, rudi, 'agree'),
        signal(first.id, ani, 'disagree'),
        signal(first.id, dewi, 'abstain'),
        signal(second.id, siti, 'disagree'),
        signal(stillOpen.id, siti, 'agree'),
      ]);

    // Dewi spoke for four and a half minutes in the room, Rudi is speaking online; Ani never got the floor.
    await db.getRepository(SpeakerRequest).save([
      { forumId: forum.id, participantId: rudi.id, status: 'speaking', position: 2, startedAt: at('02:50') },
      { forumId: forum.id, participantId: dewi.id, status: 'done', position: 1, startedAt: at('02:30'), endedAt: new Date(at('02:34').getTime() + 30_000) },
      { forumId: forum.id, participantId: ani.id, status: 'withdrawn', position: 3 },
    ]);

    // All fours and all threes: every element 3.5, 3.5 × 25 = 87.5, grade B.
    await db.getRepository(SurveyResponse).save([
      { participantId: siti.id, forumId: forum.id, scores: Array(9).fill(4) },
      { participantId: budi.id, forumId: forum.id, scores: Array(9).fill(3) },
    ]);
    return forum;
  }

  function load(forumId: string): Promise<BeritaAcaraModel> {
    return db.transaction('REPEATABLE READ', (manager) => loadBeritaAcara(manager, forumId, { language: 'id', version: 3, timeZone: 'Asia/Jakarta' }));
  }

  it('loads a seeded forum into the model the documents are rendered from', async () => {
    const forum = await seedForum();
    // Another forum's record never leaks into this one.
    await seedForum();

    const model = await load(forum.id);

    expect(model).toMatchObject({ language: 'id', version: 3, timeZone: 'Asia/Jakarta', signatories: [], photos: [] });
    expect(model.forum).toEqual({
      title: 'FKP Layanan KTP Elektronik',
      theme: 'Waktu tunggu pencetakan',
      serviceName: 'KTP-el',
      unitName: 'Dinas Dukcapil Kota Contoh',
      venue: 'Aula Kantor',
      startsAt: '2026-11-20T02:00:00.000Z',
      streamUrl: null,
      mode: 'hybrid',
      joinCode: forum.joinCode,
    });

    expect(model.attendance.total).toBe(5);
    expect(model.attendance.byMode).toEqual({ room: 3, online: 2 });
    expect(model.attendance.byCategory).toEqual([
      { category: 'service_user', room: 1, online: 1 },
      { category: 'academic', room: 1, online: 0 },
      { category: 'media', room: 1, online: 0 },
      { category: 'government', room: 0, online: 1 },
    ]);
    expect(model.attendance.list.map((p) => [p.name, p.joinedAt])).toEqual([
      ['Siti', '2026-11-20T02:01:00.000Z'],
      ['Budi', '2026-11-20T02:02:00.000Z'],
      ['Ani', '2026-11-20T02:03:00.000Z'],
      ['Dewi', '2026-11-20T02:04:00.000Z'],
      ['Rudi', '2026-11-20T02:05:00.000Z'],
    ]);
    expect(model.agenda).toEqual([
      { title: 'Paparan standar pelayanan', startedAt: '2026-11-20T02:10:00.000Z', endedAt: '2026-11-20T02:40:00.000Z' },
      { title: 'Tanya jawab', startedAt: null, endedAt: null },
    ]);

    // What the room saw, by agenda item and most upvoted first; archived questions were seen, so they count.
    expect(model.discussion).toEqual([
      {
        agendaTitle: 'Paparan standar pelayanan',
        questions: [
          { text: 'Apakah bisa diambil di kecamatan?', authorName: 'Budi', upvotes: 7, answered: true, reply: 'Bisa, mulai bulan depan.' },
          { text: 'Berapa lama pencetakan KTP-el?', authorName: 'Siti', upvotes: 3, answered: false, reply: null },
        ],
      },
      { agendaTitle: 'Tanya jawab', questions: [{ text: 'Bagaimana dengan blangko yang habis?', authorName: null, upvotes: 1, answered: false, reply: null }] },
      { agendaTitle: null, questions: [{ text: 'Apakah ada layanan jemput bola?', authorName: 'Dewi', upvotes: 0, answered: false, reply: null }] },
    ]);

    // Polls put to the room, in the order they were opened; the draft is left out.
    expect(model.polls.map((p) => [p.question, p.type, p.agendaTitle, p.respondents])).toEqual([
      ['Layanan mana yang Anda pakai?', 'single', 'Paparan standar pelayanan', 4],
      ['Seberapa puas Anda?', 'rating', null, 3],
      ['Usul perbaikan?', 'open', null, 2],
    ]);
    const [single, rating, open] = model.polls;
    expect(single).toMatchObject({
      valueKind: 'count',
      average: null,
      answers: [],
      bars: [
        { label: 'Loket', value: 2 },
        { label: 'Daring', value: 1 },
        { label: 'Keduanya', value: 1 },
      ],
    });
    expect(rating.average).toBeCloseTo(14 / 3);
    expect(rating.bars.filter((bar) => bar.value > 0)).toEqual([
      { label: '4', value: 1 },
      { label: '5', value: 2 },
    ]);
    expect(open).toMatchObject({ bars: [], answers: ['Loket lansia', 'Antrean daring'] });

    // Approved items only, by number, with the room's signals counted.
    expect(model.consensus).toEqual([
      {
        number: 1,
        text: 'Loket khusus lansia',
        agendaTitle: 'Paparan standar pelayanan',
        signals: { agree: 3, disagree: 1, abstain: 1 },
        approvedAt: '2026-11-20T03:00:00.000Z',
        followUp: { action: 'Membuka loket lansia', responsibleUnit: 'Bidang Pelayanan', deadline: '2027-01-31', timeFrame: null, status: 'planned' },
      },
      {
        number: 2,
        text: 'Informasi blangko diumumkan di situs dinas',
        agendaTitle: null,
        signals: { agree: 0, disagree: 1, abstain: 0 },
        approvedAt: '2026-11-20T03:05:00.000Z',
        followUp: { action: 'Membuka loket lansia', responsibleUnit: 'Bidang Pelayanan', deadline: null, timeFrame: '3 bulan', status: 'planned' },
      },
    ]);

    expect(model.survey).toMatchObject({ respondents: 2, converted: 87.5, grade: 'B' });
    expect(model.survey?.ikm).toBeCloseTo(3.5);
    expect(model.survey?.elements).toHaveLength(9);
    expect(model.survey?.elements.every((element) => element.mean === 3.5)).toBe(true);

    // Every question asked counts, seen or not; the hidden texts only when the organiser asks for them.
    expect(model.questionRecord).toEqual({
      byCategory: [
        { category: 'service_user', asked: 2, rejected: 0, withdrawn: 0 },
        { category: 'academic', asked: 1, rejected: 0, withdrawn: 0 },
        { category: 'media', asked: 1, rejected: 0, withdrawn: 0 },
        { category: 'government', asked: 3, rejected: 1, withdrawn: 1 },
      ],
      hidden: null,
    });
    expect(model.speakers).toEqual([
      { name: 'Dewi', category: 'academic', mode: 'room', minutes: 5 },
      { name: 'Rudi', category: 'government', mode: 'online', minutes: null },
    ]);
    // No unit settings yet: the forum's unit name heads the page, and the draft has no number.
    expect(model.official).toEqual({
      number: null,
      letterhead: { unitName: 'Dinas Dukcapil Kota Contoh', parentBody: null, address: null, logo: null },
      city: null,
      head: null,
      acknowledger: null,
    });
  });

  it("takes the letterhead and the signatories from the forum's unit, and the hidden texts when asked", async () => {
    const forum = await seedForum();
    const organisation = await db.getRepository(Organisation).save({ name: 'Pemerintah Kabupaten Banyumas' });
    const unit = await db.getRepository(Unit).save({
      organisationId: organisation.id,
      name: 'Dinas Sosial',
      code: 'Dinsos',
      parentBody: 'Pemerintah Kabupaten Banyumas',
      address: 'Jl. Pemuda No. 31',
      city: 'Purwokerto',
      numberPattern: '000.5/{n}/{unit}/{year}',
      headName: 'Dra. Sri Wahyuni, M.M.',
      headPosition: 'Kepala Dinas Sosial',
      headNip: '19680512 199303 2 004',
      acknowledgerName: 'Ir. Bambang Setiawan',
      acknowledgerPosition: 'Asisten Pemerintahan',
      acknowledgerNip: null,
      createdBy: forum.createdBy,
    });
    await db.getRepository(Forum).update({ id: forum.id }, { unitId: unit.id, showHiddenQuestionTexts: true });

    const model = await db.transaction('REPEATABLE READ', (manager) =>
      loadBeritaAcara(manager, forum.id, { language: 'id', version: 4, timeZone: 'Asia/Jakarta', number: '000.5/7/Dinsos/2026' }),
    );

    expect(model.official).toEqual({
      number: '000.5/7/Dinsos/2026',
      letterhead: { unitName: 'Dinas Sosial', parentBody: 'Pemerintah Kabupaten Banyumas', address: 'Jl. Pemuda No. 31', logo: null },
      city: 'Purwokerto',
      head: { name: 'Dra. Sri Wahyuni, M.M.', position: 'Kepala Dinas Sosial', nip: '19680512 199303 2 004' },
      acknowledger: { name: 'Ir. Bambang Setiawan', position: 'Asisten Pemerintahan', nip: null },
    });
    expect(model.questionRecord.hidden).toEqual([
      { text: 'Ditolak moderator', status: 'rejected', category: 'government' },
      { text: 'Ditarik penanya', status: 'withdrawn', category: 'government' },
    ]);
    // The number is left out of the fingerprint, so signatures on the draft hold for the numbered version; who signs is not.
    expect(contentFingerprint({ ...model, official: { ...model.official, number: null } })).toBe(contentFingerprint(model));
    expect(contentFingerprint({ ...model, official: { ...model.official, head: null } })).not.toBe(contentFingerprint(model));
  });

  it('hides every author in a fully anonymous forum, and has no survey section without responses', async () => {
    const forum = await seedForum();
    await db.getRepository(Forum).update({ id: forum.id }, { fullyAnonymous: true });
    await db.getRepository(SurveyResponse).delete({ forumId: forum.id });

    const model = await load(forum.id);

    expect(model.discussion.flatMap((group) => group.questions.map((q) => q.authorName))).toEqual([null, null, null, null]);
    expect(model.survey).toBeNull();
  });
});
