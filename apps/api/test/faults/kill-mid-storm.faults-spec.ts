import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LiveEvent, type ForumDetail, type ForumSnapshot } from '@mufakat/contracts';
import { Client } from 'pg';
import { createPublishedForum, LiveTestClient, registerAttendee, signupStaff } from '../support/factories';
import { PrivateRedis } from '../support/private-redis';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { ForumFixture } from './support/forum-fixture';
import { fuzzLiveEvents, fuzzTemplates } from './support/fuzz-run';

const ATTENDEES = 20;
const QUESTIONS = 8;
/** Killed once this many writes are acknowledged: well inside the storm, with many more in flight. */
const KILL_AFTER_ACKS = 80;
/** Hostile payloads per event and principal sent to the embedded product before its storm. */
const EMBEDDED_FUZZ_CASES = 3;

interface Voter {
  token: string;
  /** Questions this attendee's upvote was acknowledged for. */
  ackedUpvotes: Set<string>;
  /** The poll answer, once acknowledged. */
  ackedAnswer: string | null;
  /** Texts of this attendee's acknowledged questions. */
  ackedQuestions: string[];
}

interface StormResult {
  acknowledged: number;
  stored: number;
  /** Sent, not acknowledged when the process died, and stored all the same (durable before the ack went out). */
  unacknowledgedButStored: number;
}

/**
 * Attendees upvote, answer a poll and ask; the api is SIGKILLed mid-storm and started again on the same data. Every
 * write is monotonic (an upvote is never taken back), so each acknowledged one must be found after the restart.
 */
async function stormKillRestart(start: () => Promise<ApiProcess>, beforeStorm?: (url: string) => Promise<void>): Promise<StormResult> {
  let api = await start();
  await beforeStorm?.(api.url);
  const organiser = await signupStaff(api.url, 'kill-organiser');
  const forum: ForumDetail = await createPublishedForum(api.url, organiser.cookie);
  const staff = await LiveTestClient.connect(api.url, { forumId: forum.id }, organiser.cookie);
  const must = async <T>(ack: Promise<{ ok: boolean; data?: T; error?: unknown }>): Promise<T> => {
    const answer = await ack;
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    return answer.data as T;
  };
  // Five questions a minute per attendee: two askers.
  const askers = await Promise.all(
    ['Penanya A', 'Penanya B'].map(async (name) =>
      LiveTestClient.connect(api.url, {
        forumId: forum.id,
        attendeeToken: (await registerAttendee(api.url, forum.joinCode as string, { name })).attendeeToken,
      }),
    ),
  );
  const questionIds: string[] = [];
  for (let i = 0; i < QUESTIONS; i++) {
    const asked = await must<{ id: string }>(askers[i % 2].emit(LiveEvent.ask, { text: `Pertanyaan untuk dipilih ${i}` }));
    await must(staff.emit(LiveEvent.moderate, { questionId: asked.id, decision: 'approve' }));
    questionIds.push(asked.id);
  }
  askers.forEach((asker) => asker.close());
  const poll = await must<{ id: string; options: Array<{ id: string }> }>(
    staff.emit(LiveEvent.createPoll, { question: 'Setuju jam layanan baru?', type: 'single', options: ['Ya', 'Tidak'] }),
  );
  await must(staff.emit(LiveEvent.setPollStatus, { pollId: poll.id, status: 'open' }));
  staff.close();

  const voters: Voter[] = [];
  for (let i = 0; i < ATTENDEES; i++) {
    const registered = await registerAttendee(api.url, forum.joinCode as string, { name: `Peserta ${i}`, mode: i % 2 ? 'online' : 'room' });
    voters.push({ token: registered.attendeeToken, ackedUpvotes: new Set(), ackedAnswer: null, ackedQuestions: [] });
  }
  const sockets = await Promise.all(voters.map((voter) => LiveTestClient.connect(api.url, { forumId: forum.id, attendeeToken: voter.token })));
  let acked = 0;
  let killed: Promise<void> | null = null;
  const kill = () => (killed ??= api.kill9());
  const noted = (ok: boolean) => {
    if (!ok) return;
    acked++;
    if (acked >= KILL_AFTER_ACKS) void kill();
  };
  await Promise.all(
    sockets.map(async (socket, i) => {
      const voter = voters[i];
      const order = questionIds.map((_, k) => questionIds[(k + i) % questionIds.length]);
      try {
        for (let step = 0; step < order.length; step++) {
          const questionId = order[step];
          const upvoted = await socket.emit(LiveEvent.upvote, { questionId, upvoted: true });
          if (upvoted.ok) voter.ackedUpvotes.add(questionId);
          noted(upvoted.ok);
          if (step === 2) {
            const answered = await socket.emit(LiveEvent.answerPoll, { pollId: poll.id, answer: { type: 'single', optionId: poll.options[i % 2].id } });
            if (answered.ok) voter.ackedAnswer = poll.options[i % 2].id;
            noted(answered.ok);
          }
          if (step === 4) {
            const text = `Pertanyaan badai ${i} ${randomBytes(3).toString('hex')}`;
            const asked = await socket.emit(LiveEvent.ask, { text });
            if (asked.ok) voter.ackedQuestions.push(text);
            noted(asked.ok);
          }
        }
      } catch {
        // The ack never came: the process died with this write in flight.
      }
    }),
  );
  await kill();
  sockets.forEach((socket) => socket.close());

  api = await start();
  try {
    let acknowledged = 0;
    let stored = 0;
    let unacknowledgedButStored = 0;
    const lost: string[] = [];
    for (const [i, voter] of voters.entries()) {
      const socket = await LiveTestClient.connect(api.url, { forumId: forum.id, attendeeToken: voter.token });
      const synced = await socket.emit(LiveEvent.sync, { reason: 'connect' });
      socket.close();
      if (!synced.ok) throw new Error(`sync after restart: ${JSON.stringify(synced)}`);
      const snapshot: ForumSnapshot = synced.data;
      if (snapshot.viewer.role !== 'attendee') throw new Error('not an attendee');
      const voted = new Set(snapshot.viewer.votedQuestionIds);
      const myTexts = new Set(snapshot.viewer.myQuestions.map((q) => q.text));
      const answer = snapshot.viewer.myPollAnswers[poll.id];
      const storedAnswer = answer?.type === 'single' ? answer.optionId : null;
      for (const id of voter.ackedUpvotes) if (!voted.has(id)) lost.push(`attendee ${i}: upvote on ${id}`);
      if (voter.ackedAnswer && storedAnswer !== voter.ackedAnswer) lost.push(`attendee ${i}: poll answer`);
      for (const text of voter.ackedQuestions) if (!myTexts.has(text)) lost.push(`attendee ${i}: question "${text}"`);
      acknowledged += voter.ackedUpvotes.size + (voter.ackedAnswer ? 1 : 0) + voter.ackedQuestions.length;
      stored += [...voter.ackedUpvotes].filter((id) => voted.has(id)).length + (voter.ackedAnswer && storedAnswer === voter.ackedAnswer ? 1 : 0);
      stored += voter.ackedQuestions.filter((text) => myTexts.has(text)).length;
      unacknowledgedButStored += [...voted].filter((id) => !voter.ackedUpvotes.has(id)).length;
      unacknowledgedButStored += storedAnswer && !voter.ackedAnswer ? 1 : 0;
      unacknowledgedButStored += [...myTexts].filter((text) => !voter.ackedQuestions.includes(text)).length;
    }
    expect(lost).toEqual([]);
    expect(acknowledged).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    return { acknowledged, stored, unacknowledgedButStored };
  } finally {
    await api.stop();
  }
}

/** The socket fuzzer, briefly, against the built product in the embedded mode: same answers, forum A unchanged. */
async function fuzzEmbedded(url: string): Promise<void> {
  const fx = new ForumFixture(url);
  try {
    await fx.setUp(2);
    const templates = await fuzzTemplates(fx);
    const before = await fx.forumState();
    const { cases, failures, ms } = await fuzzLiveEvents(fx, templates, EMBEDDED_FUZZ_CASES);
    console.log(`socket fuzzer, embedded: ${cases} hostile cases, ${ms} ms`);
    expect(failures).toEqual([]);
    expect(await fx.forumState()).toEqual(before);
  } finally {
    fx.close();
  }
}

describe('kill -9 of the api in the middle of a vote storm', () => {
  it('embedded mode (npm start, data in DATA_DIR): every acknowledged write is there after the restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-kill-embedded-'));
    try {
      const result = await stormKillRestart(() => startApiProcess({ DATA_DIR: dataDir }), fuzzEmbedded);
      console.log(
        `kill -9, embedded: ${result.acknowledged} acknowledged, ${result.stored} of them stored; ${result.unacknowledgedButStored} unacknowledged stored`,
      );
      expect(result.stored).toBe(result.acknowledged);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 360_000);

  it('hosted mode (one replica, Postgres and Redis): every acknowledged write is there after the restart', async () => {
    const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `mufakat_faults_kill_${Date.now()}_${randomBytes(3).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
    const redis = await PrivateRedis.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'mufakat-kill-hosted-'));
    try {
      const env = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl, REDIS_URL: redis.url, SESSION_SECRET: 'fault-suite-secret-fault-suite-secret-0123' };
      const result = await stormKillRestart(() => startApiProcess(env));
      console.log(
        `kill -9, hosted: ${result.acknowledged} acknowledged, ${result.stored} of them stored; ${result.unacknowledgedButStored} unacknowledged stored`,
      );
      expect(result.stored).toBe(result.acknowledged);
    } finally {
      await redis.down();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 360_000);
});
