// The scenarios, driven from the coordinator: each one tells the generator workers what to do, collects their
// records (CLOCK_MONOTONIC times) and turns them into the figures of the table.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { apiPaths } from '@mufakat/contracts';
import pg from 'pg';
import { summariseProfile } from './profile-summary.mjs';
import { postgresCpuSeconds, postgresCpuSince, stealSeconds } from './processes.mjs';
import { now, percentiles, round, sleep } from './stats.mjs';

async function post(url, path, body, cookie) {
  const response = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return { body: JSON.parse(text), cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

/** A staff user and a published forum with three agenda items, pre-moderation on (the default), on the api at url. */
export async function setupForum(url) {
  const email = `bench-${randomBytes(4).toString('hex')}@mufakat.test`;
  const { cookie } = await post(url, apiPaths.signup, { email, password: 'correct horse battery staple', name: 'Moderator Uji Beban' });
  const startsAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const { body: created } = await post(
    url,
    apiPaths.forums,
    {
      title: 'Forum Konsultasi Publik Layanan KTP-el (uji beban)',
      theme: 'Standar pelayanan penerbitan KTP-el',
      serviceName: 'Penerbitan KTP-el',
      unitName: 'Dinas Kependudukan dan Pencatatan Sipil',
      venue: 'Aula Kantor Dinas',
      startsAt,
      agenda: [
        { title: 'Pembukaan', plannedMinutes: 10 },
        { title: 'Pemaparan standar pelayanan', plannedMinutes: 30 },
        { title: 'Diskusi dan tanya jawab', plannedMinutes: 45 },
      ],
    },
    cookie,
  );
  const { body: published } = await post(url, apiPaths.publishForum(created.id), undefined, cookie);
  return { cookie, forumId: published.id, joinCode: published.joinCode, agendaItemIds: published.agenda.map((item) => item.id) };
}

export class Harness {
  constructor({ generators, server, log, profileDir, heapSnapshots, databaseUrl }) {
    this.heapSnapshots = heapSnapshots;
    this.generators = generators;
    this.server = server;
    this.log = log;
    this.profileDir = profileDir;
    this.databaseUrl = databaseUrl;
  }

  all(cmd, args) {
    return Promise.all(this.generators.map((g, w) => g.call(cmd, typeof args === 'function' ? args(w) : args)));
  }

  /** Runs fn while measuring the server's, the generators' and Postgres's CPU and event-loop delay. */
  async measure(name, fn) {
    await this.server.probe('mark');
    await this.all('meterStart');
    const pg0 = postgresCpuSeconds();
    const steal0 = stealSeconds();
    const t0 = now();
    const profiling = this.profileDir && !this.heapSnapshots;
    if (profiling) await this.server.probe('profileStart');
    const result = await fn();
    let profile = null;
    if (profiling) {
      const file = join(this.profileDir, `${this.server.kind}-${name}.cpuprofile`);
      await this.server.probe('profileStop', { file });
      profile = { file, ...summariseProfile(file) };
    }
    const wallS = (now() - t0) / 1000;
    const server = await this.server.probe('read');
    const gens = await this.all('meterRead');
    const load = {
      server: {
        cpuPercent: round(server.cpuPercent),
        systemPercent: round(server.systemPercent ?? 0),
        lagP99Ms: round(server.lagP99Ms),
        lagMaxMs: round(server.lagMaxMs),
        dbQueries: server.queries,
      },
      generator: {
        cpuPercent: round(gens.reduce((sum, g) => sum + g.cpuPercent, 0)),
        lagP99Ms: Math.max(...gens.map((g) => g.lagP99Ms)),
        lagMaxMs: Math.max(...gens.map((g) => g.lagMaxMs)),
        workers: gens,
      },
      postgresCpuPercent: round((postgresCpuSince(pg0) / wallS) * 100),
      stealPercent: round(((stealSeconds() - steal0) / wallS) * 100),
      wallS: round(wallS),
    };
    return { result, load, profile };
  }

  /** A staff user, a published forum with three agenda items, pre-moderation on (the default). */
  setupForum() {
    return setupForum(this.server.url);
  }

  async memory() {
    const { memory } = await this.server.probe('gc');
    return { ...memory, proc: this.server.procMemory() };
  }

  // ---------------------------------------------------------------------------------------------------------
  async idle({ attendees, settleMs }) {
    const forum = await this.setupForum();
    const registered = await this.all('register', { joinCode: forum.joinCode, total: attendees, concurrency: 16 });
    // A first batch connects before the "before" reading, so code compiled and caches filled on first use are
    // not charged to the connections measured.
    const warm = Math.max(20, Math.round(attendees / 20));
    const warmed = await this.all('connect', { forumId: forum.forumId, concurrency: 16, below: warm });
    const warmConnected = warmed.reduce((sum, r) => sum + r.connected, 0);
    await sleep(1000);
    const before = await this.memory();
    const snapshot = async (label) =>
      this.heapSnapshots
        ? (await this.server.probe('heapSnapshot', { file: join(this.profileDir, `${this.server.kind}-idle-${label}.heapsnapshot`) })).file
        : null;
    const snapshots = { before: await snapshot('before') };
    const measured = await this.measure('idle', () => this.all('connect', { forumId: forum.forumId, concurrency: 64 }));
    await sleep(settleMs);
    const after = await this.memory();
    snapshots.after = await snapshot('after');
    const connected = measured.result.reduce((sum, r) => sum + r.connected, 0);
    const added = connected - warmConnected;
    const per = (field) => (added > 0 ? round((after[field] - before[field]) / added / 1024, 2) : null);
    const result = {
      attendees,
      measuredConnections: added,
      registered: registered.reduce((sum, r) => sum + r.registered, 0),
      registrationErrors: registered.flatMap((r) => r.errors).slice(0, 5),
      connected,
      failed: measured.result.reduce((sum, r) => sum + r.failed, 0),
      errors: measured.result.flatMap((r) => r.errors).slice(0, 5),
      connectMs: percentiles(measured.result.flatMap((r) => r.latencies)),
      dbQueriesPerConnection: added > 0 ? round(measured.load.server.dbQueries / added, 1) : null,
      heapPerConnectionKiB: per('heapUsed'),
      externalPerConnectionKiB: per('external'),
      rssPerConnectionKiB: added > 0 ? round((after.proc.rss - before.proc.rss) / added / 1024, 2) : null,
      before: { heapUsedMiB: mib(before.heapUsed), rssMiB: mib(before.proc.rss) },
      after: { heapUsedMiB: mib(after.heapUsed), rssMiB: mib(after.proc.rss), apiRssMiB: mib(after.proc.apiRss), databasePssMiB: mib(after.proc.databasePss) },
      load: measured.load,
      profile: measured.profile,
      heapSnapshots: this.heapSnapshots ? snapshots : undefined,
    };
    await this.all('reset');
    return result;
  }

  // ---------------------------------------------------------------------------------------------------------
  /** `phase` names the probe's phase (and profile): `join` for the first storm after the server starts, `joinWarm` after it. */
  async joinStorm({ attendees, durationMs }, phase = 'join') {
    const forum = await this.setupForum();
    await this.generators[0].call('staffConnect', { forumId: forum.forumId, cookie: forum.cookie });
    const t0 = now() + 500;
    const measured = await this.measure(phase, () =>
      this.all('joinStorm', { joinCode: forum.joinCode, forumId: forum.forumId, total: attendees, durationMs, t0 }),
    );
    const results = measured.result.flatMap((r) => r.results);
    const ok = results.filter((r) => r.ok);
    const failed = results.filter((r) => !r.ok);
    const finish = Math.max(...results.map((r) => t0 + (r.i * durationMs) / attendees + r.total));
    const byStage = {};
    for (const f of failed) byStage[f.stage] = (byStage[f.stage] ?? 0) + 1;
    // Attendees whose join failed are registered and connected again, unmeasured, so the scenarios that follow
    // run at their stated size.
    if (failed.length) {
      this.log(
        `  ${failed.length} joins failed (${JSON.stringify(byStage)}: ${[...new Set(failed.map((f) => f.error))].slice(0, 3).join(' | ')}); joining them again, unmeasured`,
      );
      await this.all('register', { joinCode: forum.joinCode, total: attendees, concurrency: 8 });
      await this.all('connect', { forumId: forum.forumId, concurrency: 32 });
    }
    return {
      forum,
      figures: {
        attendees,
        durationMs,
        joined: ok.length,
        failed: failed.length,
        failedByStage: byStage,
        errors: [...new Set(failed.map((f) => f.error))].slice(0, 5),
        joinMs: percentiles(ok.map((r) => r.total)),
        // Registered in the socket's handshake: the connection's time includes the registration.
        connectMs: percentiles(ok.map((r) => r.connect)),
        syncMs: percentiles(ok.map((r) => r.sync)),
        // Join latency by the second the join started in: a tail that is only the first second is code compiled on
        // first use, one spread over the storm is a queue.
        joinMsBySecond: Array.from({ length: Math.ceil(durationMs / 1000) }, (_, s) => {
          const started = ok.filter((r) => Math.floor((r.i * durationMs) / attendees / 1000) === s);
          return { second: s, ...percentiles(started.map((r) => r.total)) };
        }),
        achievedJoinsPerS: round(ok.length / ((finish - t0) / 1000)),
        lastJoinDoneAfterS: round((finish - t0) / 1000, 2),
        serverCpuMsPerJoin: cpuMsPer(measured.load, ok.length),
        dbQueriesPerJoin: ok.length ? round(measured.load.server.dbQueries / ok.length, 1) : null,
        load: measured.load,
        profile: measured.profile,
      },
    };
  }

  // ---------------------------------------------------------------------------------------------------------
  async fanout(forum, { durationMs, hz }) {
    const t0 = now() + 500;
    const measured = await this.measure('fanout', () => this.all('fanout', { t0, durationMs, hz, agendaItemIds: forum.agendaItemIds, graceMs: 2000 }));
    const emits = measured.result.flatMap((r) => r.emits);
    const clients = measured.result.reduce((sum, r) => sum + r.clients, 0);
    const emitAt = new Map(emits.filter((e) => e.seq !== null).map((e) => [e.seq, e.tEmit]));
    const latencies = [];
    for (const r of measured.result) {
      for (let j = 0; j < r.seqs.length; j++) {
        const tEmit = emitAt.get(r.seqs[j]);
        if (tEmit !== undefined) latencies.push(r.times[j] - tEmit);
      }
    }
    const expected = emits.length * clients;
    return {
      clients,
      changes: emits.length,
      skippedTicks: measured.result.reduce((sum, r) => sum + r.skipped, 0),
      refused: emits.filter((e) => e.error).length,
      errors: [...new Set(emits.filter((e) => e.error).map((e) => e.error))].slice(0, 3),
      deliveredPercent: expected ? round((latencies.length / expected) * 100, 3) : null,
      delivered: latencies.length,
      expected,
      latencyMs: percentiles(latencies),
      moderatorAckMs: percentiles(emits.filter((e) => e.ackMs !== null).map((e) => e.ackMs)),
      dbQueriesPerChange: emits.length ? round(measured.load.server.dbQueries / emits.length, 1) : null,
      load: measured.load,
      profile: measured.profile,
    };
  }

  // ---------------------------------------------------------------------------------------------------------
  /** Attendees 0..count-1 ask one question each (the api allows 5 a minute per attendee); the moderator approves them. */
  async approvedQuestions(count) {
    const asked = (await this.all('ask', { count, concurrency: 4 })).flatMap((r) => r.asked).sort((a, b) => a.i - b.i);
    if (asked.length === 0) throw new Error('No attendee could ask a question: there is nothing to vote on');
    const questionIds = asked.map((a) => a.questionId);
    const moderation = await this.generators[0].call('moderate', { questionIds, concurrency: 4 });
    if (moderation.approved !== questionIds.length) throw new Error(`Approving questions failed: ${moderation.errors.join('; ')}`);
    await sleep(1000);
    const participantIds = [];
    for (const pairs of await this.all('participants')) for (const [i, id] of pairs) participantIds[i] = id;
    return { questionIds, participantIds };
  }

  /**
   * Every acknowledged vote has its row, no row exists that was neither acknowledged nor left without an answer,
   * and every question's counter equals its rows.
   */
  async checkStored(database, forumId, rows, keyOf) {
    const acked = new Set(rows.filter((r) => r.status === 1).map((r) => keyOf(r.v)));
    const unacked = new Set(rows.filter((r) => r.status !== 1).map((r) => keyOf(r.v)));
    const { rows: stored } = await database.query(
      `SELECT v.question_id, v.participant_id FROM question_votes v JOIN questions q ON q.id = v.question_id WHERE q.forum_id = $1`,
      [forumId],
    );
    const inDb = new Set(stored.map((row) => `${row.question_id}:${row.participant_id}`));
    const { rows: counters } = await database.query(
      `SELECT q.id, q.upvote_count, (SELECT count(*) FROM question_votes v WHERE v.question_id = q.id)::int AS n FROM questions q WHERE q.forum_id = $1`,
      [forumId],
    );
    const result = {
      acknowledged: acked.size,
      storedRows: inDb.size,
      lost: [...acked].filter((key) => !inDb.has(key)).length,
      storedWithoutAck: [...inDb].filter((key) => !acked.has(key) && unacked.has(key)).length,
      unexpectedRows: [...inDb].filter((key) => !acked.has(key) && !unacked.has(key)).length,
      counterMismatches: counters.filter((row) => row.upvote_count !== row.n).length,
    };
    result.ok = result.lost === 0 && result.unexpectedRows === 0 && result.counterMismatches === 0;
    return result;
  }

  // ---------------------------------------------------------------------------------------------------------
  async voteStorm(forum, { attendees: N, questions, rate, durationMs, burst, samplePerWorker }, { database }) {
    const { questionIds, participantIds } = await this.approvedQuestions(questions);
    const Q = questionIds.length;
    const steady = Math.round((rate * durationMs) / 1000);
    const questionOf = (v) => ((v % N) + Math.floor(v / N)) % Q;
    const keyOf = (v) => `${questionIds[questionOf(v)]}:${participantIds[v % N]}`;

    const t0 = now() + 1000;
    const storm = await this.measure('vote', () =>
      this.all('voteStorm', { t0, N, questionIds, rate, durationMs, burst, samplePerWorker, ackTimeoutMs: 30_000, graceMs: 1500 }),
    );
    const rows = decodeRows(storm.result.map((r) => r.votes.rows));
    const clients = storm.result.reduce((sum, r) => sum + r.clients, 0);
    const okRows = rows.filter((r) => r.status === 1);
    const acksByQuestion = Array.from({ length: Q }, () => []);
    for (const r of okRows) acksByQuestion[questionOf(r.v)].push(r.tAck);
    const samples = storm.result.flatMap((r) => r.samples);
    const stale = staleness(
      acksByQuestion,
      samples.map((s) => s.tallies),
      Q,
    );

    // What the clients finally show against what is stored (api) or acknowledged (baseline, which has no store).
    let storedCounts = acksByQuestion.map((list) => list.length);
    const correctness = { checked: Boolean(database) };
    if (database) {
      Object.assign(correctness, await this.checkStored(database, forum.forumId, rows, keyOf));
      const { rows: counts } = await database.query(
        `SELECT q.id, count(v.participant_id)::int AS n FROM questions q LEFT JOIN question_votes v ON v.question_id = q.id WHERE q.forum_id = $1 GROUP BY q.id`,
        [forum.forumId],
      );
      const byId = new Map(counts.map((row) => [row.id, row.n]));
      storedCounts = questionIds.map((id) => byId.get(id) ?? 0);
    }
    correctness.shownTallyMismatches = finalTallyMismatches(
      samples.map((s) => s.tallies),
      storedCounts,
      Q,
    );
    // Votes left without an answer may still be written after the clients' last tally: then the screens are
    // behind the database because the server is behind, not wrong, and the check says nothing.
    const everyVoteAnswered = rows.every((r) => r.status !== 3);
    correctness.shownTalliesChecked = everyVoteAnswered;
    correctness.ok = correctness.ok !== false && (!everyVoteAnswered || correctness.shownTallyMismatches === 0);

    const sendWindowS = Math.max(...storm.result.map((r) => r.sendWindowMs)) / 1000;
    const frameRates = samples.map((s) => perSecond(s.frameTimes, t0, t0 + sendWindowS * 1000));
    const totalFrames = storm.result.reduce((sum, r) => sum + r.frames, 0);
    const totalTallyFrames = storm.result.reduce((sum, r) => sum + r.tallyFrames, 0);
    const windowS = Math.max(...storm.result.map((r) => r.windowMs)) / 1000;
    const burstRows = rows.filter((r) => r.v >= steady);
    const burstOk = burstRows.filter((r) => r.status === 1);
    return {
      vote: {
        attendees: N,
        clients,
        questions: Q,
        rate,
        durationS: durationMs / 1000,
        burst,
        sent: rows.length,
        acknowledged: okRows.length,
        refused: rows.filter((r) => r.status === 2).length,
        noAck: rows.filter((r) => r.status === 3).length,
        errors: mergeCounts(storm.result.map((r) => r.votes.errors)),
        ackMs: ackPercentiles(okRows),
        steadyAckMs: ackPercentiles(okRows.filter((r) => r.v < steady)),
        burstAckMs: ackPercentiles(burstOk),
        burstVotesPerS: burstOk.length
          ? round(burstOk.length / ((Math.max(...burstOk.map((r) => r.tAck)) - Math.min(...burstRows.map((r) => r.tSend))) / 1000))
          : null,
        tallyStalenessMs: stale.percentiles,
        tallyNeverShown: stale.never,
        sampleClients: samples.length,
        tallyFramesPerClientPerS: { mean: round(mean(frameRates.map((f) => f.mean)), 2), maxInAnySecond: Math.max(0, ...frameRates.map((f) => f.max)) },
        outboundFramesPerS: round(totalFrames / windowS),
        outboundTallyFramesPerS: round(totalTallyFrames / windowS),
        offeredVotesPerS: round(rows.length / sendWindowS),
        serverCpuMsPerVote: cpuMsPer(storm.load, rows.length),
        dbQueriesPerVote: rows.length ? round(storm.load.server.dbQueries / rows.length, 2) : null,
        timeline: timeline(rows, t0),
        load: storm.load,
        profile: storm.profile,
      },
      correctness,
    };
  }

  // ---------------------------------------------------------------------------------------------------------
  /**
   * The write path's ceiling, apart from fan-out: a forum of its own with fewer attendees (so tallies to the
   * room do not dominate), as many votes as the server acknowledges with `concurrency` in flight per worker.
   */
  async persistence({ attendees: N, questions, durationMs, concurrency }, { database }) {
    await this.all('reset');
    const forum = await this.setupForum();
    await this.generators[0].call('staffConnect', { forumId: forum.forumId, cookie: forum.cookie });
    await this.all('register', { joinCode: forum.joinCode, total: N, concurrency: 8 });
    await this.all('connect', { forumId: forum.forumId, concurrency: 32 });
    const { questionIds, participantIds } = await this.approvedQuestions(questions);
    const Q = questionIds.length;
    const keyOf = (v) => `${questionIds[((v % N) + Math.floor(v / N)) % Q]}:${participantIds[v % N]}`;
    const sat = await this.measure('persistence', () => this.all('saturate', { from: 0, N, questionIds, durationMs, concurrency, ackTimeoutMs: 30_000 }));
    const rows = decodeRows(sat.result.map((r) => r.votes.rows));
    const ok = rows.filter((r) => r.status === 1);
    const windowS = Math.max(...sat.result.map((r) => r.windowMs)) / 1000;
    const correctness = database ? { checked: true, ...(await this.checkStored(database, forum.forumId, rows, keyOf)) } : { checked: false, ok: true };
    return {
      attendees: N,
      questions: Q,
      durationS: round(windowS, 2),
      concurrency: concurrency * this.generators.length,
      sent: rows.length,
      acknowledged: ok.length,
      noAck: rows.filter((r) => r.status === 3).length,
      refused: rows.filter((r) => r.status === 2).length,
      votesPerS: round(ok.length / windowS),
      serverCpuMsPerVote: cpuMsPer(sat.load, rows.length),
      dbQueriesPerVote: rows.length ? round(sat.load.server.dbQueries / rows.length, 2) : null,
      ackMs: ackPercentiles(ok),
      exhaustedPairs: sat.result.some((r) => r.exhausted),
      correctness,
      load: sat.load,
      profile: sat.profile,
    };
  }
}

const ackPercentiles = (rows) => percentiles(rows.map((r) => r.tAck - r.tSend));
const mib = (bytes) => round(bytes / 2 ** 20, 1);
/** Server CPU time per operation over a phase, in ms. */
const cpuMsPer = (load, count) => (count ? round(((load.server.cpuPercent / 100) * load.wallS * 1000) / count, 3) : null);
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function decodeRows(arrays) {
  const rows = [];
  for (const flat of arrays) {
    for (let j = 0; j < flat.length; j += 4) rows.push({ v: flat[j], tSend: flat[j + 1], tAck: flat[j + 2], status: flat[j + 3] });
  }
  return rows;
}

function mergeCounts(maps) {
  const out = {};
  for (const map of maps) for (const [key, n] of Object.entries(map)) out[key] = (out[key] ?? 0) + n;
  return out;
}

/** Per sample client and question: arrival times and the highest count shown so far (what the screen says). */
function shownSeries(tallies, Q) {
  const series = Array.from({ length: Q }, () => ({ t: [], c: [] }));
  for (let j = 0; j < tallies.length; j += 3) {
    const s = series[tallies[j + 1]];
    const count = Math.max(tallies[j + 2], s.c.length ? s.c[s.c.length - 1] : 0);
    s.t.push(tallies[j]);
    s.c.push(count);
  }
  return series;
}

/**
 * For the k-th acknowledged vote on a question (acknowledged at tAck), how long until every sample client shows a
 * count of at least k. A client that already shows it when the acknowledgement arrives counts as 0.
 */
function staleness(acksByQuestion, sampleTallies, Q) {
  const clients = sampleTallies.map((tallies) => shownSeries(tallies, Q));
  const values = [];
  let never = 0;
  for (let q = 0; q < Q; q++) {
    const acks = Float64Array.from(acksByQuestion[q]).sort();
    for (let k = 1; k <= acks.length; k++) {
      let worst = 0;
      let seen = true;
      for (const client of clients) {
        const { t, c } = client[q];
        let lo = 0;
        let hi = c.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (c[mid] >= k) hi = mid;
          else lo = mid + 1;
        }
        if (lo === c.length) {
          seen = false;
          break;
        }
        worst = Math.max(worst, t[lo] - acks[k - 1]);
      }
      if (seen) values.push(worst);
      else never += 1;
    }
  }
  return { percentiles: percentiles(values), never };
}

function finalTallyMismatches(sampleTallies, expected, Q) {
  let mismatches = 0;
  for (const tallies of sampleTallies) {
    const series = shownSeries(tallies, Q);
    for (let q = 0; q < Q; q++) {
      const last = series[q].c.length ? series[q].c[series[q].c.length - 1] : 0;
      if (last !== expected[q]) mismatches += 1;
    }
  }
  return mismatches;
}

/** Per second of send time: votes sent, acknowledged, and their ack p50 / p99 — where a stall shows up. */
function timeline(rows, t0) {
  const seconds = [];
  for (const r of rows) {
    const s = Math.max(0, Math.floor((r.tSend - t0) / 1000));
    (seconds[s] ??= []).push(r);
  }
  return Array.from(seconds, (list = [], s) => {
    const acked = list.filter((r) => r.status === 1);
    const p = percentiles(
      acked.map((r) => r.tAck - r.tSend),
      [50, 99],
    );
    return { s, sent: list.length, acked: acked.length, p50: p.p50, p99: p.p99 };
  });
}

function perSecond(times, from, to) {
  const buckets = new Array(Math.max(1, Math.ceil((to - from) / 1000))).fill(0);
  for (const t of times) if (t >= from && t < to) buckets[Math.floor((t - from) / 1000)] += 1;
  return { mean: mean(buckets), max: Math.max(...buckets) };
}

export async function openDatabase(url) {
  const client = new pg.Client({ connectionString: url });
  // Dropping the database at the end (or on Ctrl-C) ends this session from the server side.
  client.on('error', () => {});
  await client.connect();
  return client;
}
