import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  ConsensusItem,
  ConsensusSignal,
  consensusTalliesOf,
  dataSourceOptions,
  Forum,
  initializeDataSource,
  latestPollAnswersOf,
  Participant,
  Poll,
  PollAnswer,
  pollResultsOf,
  StaffUser,
} from '../src';
import { createScratchDatabase, type ScratchDatabase } from './support/scratch-database';

/** The read queries the api and the minutes job share, on a small forum. */
describe('shared reads', () => {
  let database: ScratchDatabase;
  let db: DataSource;
  let forum: Forum;
  let people: Participant[];

  beforeAll(async () => {
    database = await createScratchDatabase('reads');
    db = await initializeDataSource(dataSourceOptions(database.url, 2));
    const staff = await db.getRepository(StaffUser).save({ email: `${randomUUID()}@dinas.test`, name: 'Organiser', passwordHash: 'x' });
    forum = await db.getRepository(Forum).save({
      title: 'FKP',
      theme: 'Tema',
      serviceName: 'Layanan',
      unitName: 'Dinas',
      venue: 'Aula',
      startsAt: new Date('2026-11-20T02:00:00Z'),
      projectorKey: randomUUID(),
      createdBy: staff.id,
    });
    people = await db.getRepository(Participant).save(
      (['service_user', 'service_user', 'media', 'academic'] as const).map((category, i) => ({
        forumId: forum.id,
        name: `Peserta ${i}`,
        institution: 'Warga',
        category,
        mode: 'room' as const,
        tokenHash: randomBytes(32).toString('hex'),
      })),
    );
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('tallies consensus signals per item in total and by category, an item nobody signalled included', async () => {
    const item = (text: string) => db.getRepository(ConsensusItem).save({ forumId: forum.id, text, status: 'open', createdBy: forum.createdBy });
    const [signalled, silent] = [await item('Loket lansia'), await item('Layanan jemput bola')];
    const [a, b, c, d] = people;
    await db.getRepository(ConsensusSignal).save([
      { itemId: signalled.id, participantId: a.id, signal: 'agree' },
      { itemId: signalled.id, participantId: b.id, signal: 'agree' },
      { itemId: signalled.id, participantId: c.id, signal: 'agree' },
      { itemId: signalled.id, participantId: d.id, signal: 'disagree' },
    ]);

    expect(await consensusTalliesOf(db.manager, [signalled.id, silent.id])).toEqual({
      [signalled.id]: {
        total: { agree: 3, disagree: 1, abstain: 0 },
        byCategory: {
          service_user: { agree: 2, disagree: 0, abstain: 0 },
          media: { agree: 1, disagree: 0, abstain: 0 },
          academic: { agree: 0, disagree: 1, abstain: 0 },
        },
      },
      [silent.id]: { total: { agree: 0, disagree: 0, abstain: 0 }, byCategory: {} },
    });
    expect(await consensusTalliesOf(db.manager, [])).toEqual({});
  });

  it('reads poll results: every answer for a choice poll, the latest few and a count for an open-text one', async () => {
    const poll = (type: Poll['type'], options: Poll['options'] = []) =>
      db.getRepository(Poll).save({ forumId: forum.id, question: 'Q', type, options, status: 'open', createdBy: forum.createdBy });
    const choice = await poll('single', [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ]);
    const open = await poll('open');
    await db
      .getRepository(PollAnswer)
      .save([
        ...people.map((who, i) => ({ pollId: choice.id, participantId: who.id, answer: { type: 'single' as const, optionId: i === 0 ? 'b' : 'a' } })),
        ...people.map((who, i) => ({ pollId: open.id, participantId: who.id, answer: { type: 'open' as const, text: `Usul ${i}` } })),
      ]);
    for (const [i, who] of people.entries()) {
      await db.query('UPDATE poll_answers SET updated_at = $3 WHERE poll_id = $1 AND participant_id = $2', [
        open.id,
        who.id,
        new Date(Date.UTC(2026, 10, 20, 3, i)),
      ]);
    }

    expect(await pollResultsOf(db.manager, choice)).toEqual({ type: 'single', respondents: 4, counts: { a: 3, b: 1 } });
    expect((await latestPollAnswersOf(db.manager, open.id, 2)).map((record) => record.answer)).toEqual([
      { type: 'open', text: 'Usul 3' },
      { type: 'open', text: 'Usul 2' },
    ]);
    expect(await pollResultsOf(db.manager, open)).toMatchObject({
      type: 'open',
      respondents: 4,
      answers: [{ text: 'Usul 3' }, { text: 'Usul 2' }, { text: 'Usul 1' }, { text: 'Usul 0' }],
    });
  });
});
