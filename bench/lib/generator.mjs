// One load-generator process: a share of the attendees (global index i with i % workers === index) as real
// socket.io-client connections plus the REST calls a phone makes. Driven by run.mjs over IPC; every time it
// records is CLOCK_MONOTONIC (see stats.mjs), so the coordinator can join records from several workers.
import { request } from 'node:http';
import { apiPaths, LiveEvent, STAKEHOLDER_CATEGORIES } from '@mufakat/contracts';
import { io } from 'socket.io-client';
import { now, PhaseMeter, sleep, sleepUntil } from './stats.mjs';

const meter = new PhaseMeter();
let cfg = { index: 0, workers: 1, url: 'http://127.0.0.1:3000', localAddresses: [] };
/** This worker's attendees, in global-index order: attendees[k].i === k * workers + index. */
let attendees = [];
let staff = null;
const recording = { fanout: null, votes: null };

const localAddress = (i) => (cfg.localAddresses.length ? cfg.localAddresses[i % cfg.localAddresses.length] : undefined);

const pendingPosts = new Map();
let postIds = 0;

function post(path, body, i, cookie) {
  const id = ++postIds;
  pendingPosts.set(id, now());
  return postOnce(path, body, i, cookie).finally(() => pendingPosts.delete(id));
}

function postOnce(path, body, i, cookie) {
  const url = new URL(cfg.url);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        // Every attendee is a different phone: a fresh connection each, no shared keep-alive pool.
        agent: false,
        localAddress: localAddress(i),
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...(cookie ? { cookie } : {}) },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode >= 300) return reject(new Error(`HTTP ${res.statusCode} ${text.slice(0, 200)}`));
          try {
            resolve(JSON.parse(text));
          } catch {
            reject(new Error(`HTTP ${res.statusCode} with a body that is not JSON: ${text.slice(0, 100)}`));
          }
        });
      },
    );
    const timer = setTimeout(() => {
      reject(new Error('no HTTP response after 30 s'));
      req.destroy();
    }, 30_000);
    req.on('close', () => clearTimeout(timer));
    req.on('error', reject);
    req.end(payload);
  });
}

/** `beforeConnect` gets the socket before it connects, for listeners that must not miss its first event. */
function openSocket(auth, i, cookie, beforeConnect = () => undefined) {
  const socket = io(cfg.url, {
    auth,
    // As the apps' LiveForumClient connects: a WebSocket first (long-polling only where that fails).
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: 30_000,
    localAddress: localAddress(i),
    extraHeaders: cookie ? { cookie } : undefined,
  });
  beforeConnect(socket);
  // socket.io-client's own timeout covers only the transport opening, and a connection closed before the
  // namespace answered ends in `disconnect` rather than `connect_error`: either would leave a join waiting forever.
  return new Promise((resolve, reject) => {
    const fail = (message) => {
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.close();
      reject(new Error(message));
    };
    const timer = setTimeout(() => fail('no connection after 30 s'), 30_000);
    socket.once('connect_error', (error) => fail(`connect_error: ${error.message}`));
    socket.once('disconnect', (reason) => fail(`closed before connecting: ${reason}`));
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('connect_error');
      socket.removeAllListeners('disconnect');
      resolve(socket);
    });
  });
}

async function emitAck(socket, event, payload, timeoutMs = 30_000) {
  const ack = await socket.timeout(timeoutMs).emitWithAck(event, payload);
  if (!ack?.ok) throw new Error(`${event} refused: ${JSON.stringify(ack?.error)}`);
  return ack.data;
}

function registration(i) {
  return {
    name: `Peserta Uji ${i}`,
    institution: `Kelurahan ${(i % 40) + 1}`,
    category: STAKEHOLDER_CATEGORIES[i % STAKEHOLDER_CATEGORIES.length],
    mode: i % 3 === 0 ? 'room' : 'online',
  };
}

function listen(attendee) {
  attendee.socket.on(LiveEvent.changed, (change) => {
    const t = now();
    const fan = recording.fanout;
    if (fan && change.stream === 'public' && (change.change.type === 'projector.changed' || change.change.type === 'agenda.updated')) {
      fan.seqs.push(change.seq);
      fan.times.push(t);
      fan.last = t;
    }
    const votes = recording.votes;
    if (votes && change.stream === 'public' && t >= votes.t0) {
      votes.frames += 1;
      if (change.change.type === 'tallies') {
        votes.tallyFrames += 1;
        if (attendee.sample) {
          attendee.frameTimes.push(t);
          for (const [questionId, count] of Object.entries(change.change.upvotes)) {
            const q = votes.questionIndex.get(questionId);
            if (q !== undefined) attendee.tallies.push(t, q, count);
          }
        }
      }
    }
  });
}

/** Joins under way, by attendee: their stage and start, so a stuck stage shows in the watchdog line. */
const inflight = new Map();
setInterval(() => {
  const oldPosts = [...pendingPosts.values()].filter((t) => now() - t > 60_000).length;
  if (oldPosts) console.error(`generator ${cfg.index}: ${oldPosts} HTTP requests under way for over 60 s`);
  const stuck = [...inflight.values()].filter((j) => now() - j.t0 > 60_000);
  if (stuck.length === 0) return;
  const stages = {};
  for (const j of stuck) stages[j.stage] = (stages[j.stage] ?? 0) + 1;
  console.error(`generator ${cfg.index}: ${stuck.length} joins under way for over 60 s: ${JSON.stringify(stages)}`);
}, 30_000).unref();

async function join(i, joinCode, forumId) {
  const t0 = now();
  let stage = 'connect';
  let socket = null;
  const track = { t0, stage };
  inflight.set(i, track);
  const at = (name) => {
    stage = name;
    track.stage = name;
  };
  try {
    // As the attendee app joins: registered in the socket's handshake, and told its token first thing once connected.
    let told;
    const registered = new Promise((resolve) => (told = resolve));
    socket = await openSocket({ forumId, joinCode, registration: registration(i) }, i, undefined, (opening) => opening.once(LiveEvent.registered, told));
    const t1 = now();
    const { participant, attendeeToken } = await registered;
    const attendee = { i, participantId: participant.id, token: attendeeToken, socket, sample: false, tallies: [], frameTimes: [] };
    listen(attendee);
    at('sync');
    await emitAck(socket, LiveEvent.sync, { reason: 'connect' });
    const t2 = now();
    attendees[Math.floor(i / cfg.workers)] = attendee;
    return { i, ok: true, total: t2 - t0, connect: t1 - t0, sync: t2 - t1 };
  } catch (error) {
    // A half-joined attendee would still receive broadcasts; the top-up after the storm joins it afresh.
    socket?.close();
    return { i, ok: false, stage, error: String(error.message ?? error).slice(0, 200), total: now() - t0 };
  } finally {
    inflight.delete(i);
  }
}

/** Runs tasks with at most `limit` in flight. */
async function pool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const k = next++;
        results[k] = await task(items[k], k);
      }
    }),
  );
  return results;
}

const own = (total) => Array.from({ length: Math.max(0, Math.ceil((total - cfg.index) / cfg.workers)) }, (_, k) => k * cfg.workers + cfg.index);

const handlers = {
  init(args) {
    cfg = args;
    return { pid: process.pid };
  },

  async staffConnect({ forumId, cookie }) {
    const socket = await openSocket({ forumId }, 0, cookie);
    staff = { socket, changes: [] };
    await emitAck(socket, LiveEvent.sync, { reason: 'connect' });
    return {};
  },

  /** Registers this worker's share of `total` attendees over REST, without connecting them. */
  async register({ joinCode, total, concurrency }) {
    const failures = [];
    const ids = own(total).filter((i) => !attendees[Math.floor(i / cfg.workers)]);
    await pool(ids, concurrency, async (i) => {
      try {
        const registered = await post(apiPaths.registerParticipant(joinCode), registration(i), i);
        attendees[Math.floor(i / cfg.workers)] = {
          i,
          participantId: registered.participant.id,
          token: registered.attendeeToken,
          socket: null,
          sample: false,
          tallies: [],
          frameTimes: [],
        };
      } catch (error) {
        failures.push(String(error.message ?? error).slice(0, 200));
      }
    });
    return { registered: ids.length - failures.length, failed: failures.length, errors: failures.slice(0, 5) };
  },

  /** Connects every registered attendee of this worker and waits for each one's snapshot. */
  async connect({ forumId, concurrency, below = Infinity }) {
    const failures = [];
    const latencies = [];
    await pool(
      attendees.filter((a) => a && !a.socket && a.i < below),
      concurrency,
      async (attendee) => {
        const t0 = now();
        try {
          attendee.socket = await openSocket({ forumId, attendeeToken: attendee.token }, attendee.i);
          listen(attendee);
          await emitAck(attendee.socket, LiveEvent.sync, { reason: 'connect' });
          latencies.push(now() - t0);
        } catch (error) {
          failures.push(String(error.message ?? error).slice(0, 200));
        }
      },
    );
    const connected = attendees.filter((a) => a?.socket?.connected).length;
    return { connected, failed: failures.length, errors: failures.slice(0, 5), latencies };
  },

  /** Open loop: attendee i starts registering at t0 + i * durationMs / total, whether or not earlier ones are done. */
  async joinStorm({ joinCode, forumId, total, durationMs, t0 }) {
    const results = await Promise.all(
      own(total).map(async (i) => {
        await sleepUntil(t0 + (i * durationMs) / total);
        return join(i, joinCode, forumId);
      }),
    );
    return { results, connected: attendees.filter((a) => a?.socket?.connected).length };
  },

  /** Every attendee records when a change to what is shown arrives; worker 0's moderator makes the changes. */
  async fanout({ t0, durationMs, hz, agendaItemIds, graceMs }) {
    recording.fanout = { seqs: [], times: [], last: null };
    const emits = [];
    let skipped = 0;
    if (staff) {
      let inFlight = null;
      const onChange = (change) => {
        const type = change.change?.type;
        if (inFlight && !inFlight.seq && change.stream === 'public' && (type === 'projector.changed' || type === 'agenda.updated')) {
          inFlight.seq = change.seq;
        }
      };
      staff.socket.on(LiveEvent.changed, onChange);
      const ticks = Math.floor((durationMs / 1000) * hz);
      for (let k = 0; k < ticks; k++) {
        await sleepUntil(t0 + (k * 1000) / hz);
        if (inFlight) {
          skipped += 1;
          continue;
        }
        const [event, payload] =
          k % 2 === 0
            ? [LiveEvent.showOnProjector, { view: { mode: k % 4 === 0 ? 'agenda' : 'join' } }]
            : [LiveEvent.startAgendaItem, { agendaItemId: agendaItemIds[(k >> 1) % agendaItemIds.length] }];
        const record = { k, event, tEmit: now(), seq: null, ackMs: null, error: null };
        inFlight = record;
        emits.push(record);
        staff.socket
          .timeout(10_000)
          .emitWithAck(event, payload)
          .then(
            (ack) => {
              record.ackMs = now() - record.tEmit;
              if (!ack?.ok) record.error = JSON.stringify(ack?.error);
            },
            (error) => (record.error = String(error.message ?? error)),
          )
          .finally(() => {
            if (inFlight === record) inFlight = null;
          });
      }
      while (inFlight && now() < t0 + durationMs + 10_000) await sleep(20);
      staff.socket.off(LiveEvent.changed, onChange);
    } else {
      await sleepUntil(t0 + durationMs);
    }
    // Late receipts still count as delivered: wait until none has arrived for graceMs (at most 15 s more).
    const giveUp = now() + 15_000;
    await sleep(graceMs);
    while (now() - (recording.fanout.last ?? 0) < graceMs && now() < giveUp) await sleep(100);
    const { seqs, times } = recording.fanout;
    recording.fanout = null;
    return { seqs, times, clients: attendees.filter((a) => a?.socket?.connected).length, emits, skipped };
  },

  /** Attendees with global index < count ask one question each (the api allows 5 a minute per attendee). */
  async ask({ count, concurrency }) {
    const asked = [];
    const errors = [];
    await pool(
      attendees.filter((a) => a && a.i < count),
      concurrency,
      async (attendee) => {
        try {
          const question = await emitAck(attendee.socket, LiveEvent.ask, {
            text: `Pertanyaan uji beban nomor ${attendee.i}: kapan standar pelayanan KTP-el yang baru berlaku di kelurahan kami?`,
          });
          asked.push({ i: attendee.i, questionId: question.id });
        } catch (error) {
          errors.push(String(error.message ?? error));
        }
      },
    );
    return { asked, errors: errors.slice(0, 5), failed: errors.length };
  },

  async moderate({ questionIds, concurrency }) {
    const errors = [];
    await pool(questionIds, concurrency, async (questionId) => {
      try {
        await emitAck(staff.socket, LiveEvent.moderate, { questionId, decision: 'approve' });
      } catch (error) {
        errors.push(String(error.message ?? error));
      }
    });
    return { approved: questionIds.length - errors.length, errors: errors.slice(0, 5) };
  },

  /**
   * Open loop: vote v (0-based) is sent at its scheduled time by its attendee; steady votes at `rate`/s from t0,
   * burst votes evenly over burst.durationMs from t0 + burst.atMs. Vote v is attendee v % N upvoting question
   * (v % N + floor(v / N)) % Q: every (attendee, question) pair at most once, so the database must hold exactly
   * one row per acknowledged vote.
   */
  async voteStorm({ t0, N, questionIds, rate, durationMs, burst, samplePerWorker, ackTimeoutMs, graceMs }) {
    const Q = questionIds.length;
    const steady = Math.round((rate * durationMs) / 1000);
    const schedule = (v) => (v < steady ? t0 + (v * 1000) / rate : t0 + burst.atMs + ((v - steady) * burst.durationMs) / burst.count);
    const total = steady + burst.count;
    const questionIndex = new Map(questionIds.map((id, q) => [id, q]));
    const sampled = attendees.filter((a) => a?.socket?.connected).slice(0, samplePerWorker);
    for (const a of attendees) if (a) Object.assign(a, { sample: false, tallies: [], frameTimes: [] });
    for (const a of sampled) a.sample = true;
    recording.votes = { frames: 0, tallyFrames: 0, questionIndex, t0 };
    const log = new VoteLog();
    // Two cursors (steady, burst) walked in time order; only this worker's attendees send.
    let steadyNext = 0;
    let burstNext = steady;
    const sendDue = () => {
      const t = now();
      while (steadyNext < steady && schedule(steadyNext) <= t) send(steadyNext++);
      while (burstNext < total && schedule(burstNext) <= t) send(burstNext++);
    };
    const send = (v) => {
      const a = v % N;
      if (a % cfg.workers !== cfg.index) return;
      const attendee = attendees[Math.floor(a / cfg.workers)];
      log.send(attendee, v, questionIds[(a + Math.floor(v / N)) % Q], ackTimeoutMs);
    };
    await new Promise((resolve) => {
      const timer = setInterval(() => {
        sendDue();
        if (steadyNext >= steady && burstNext >= total) {
          clearInterval(timer);
          resolve();
        }
      }, 2);
    });
    const endSend = now();
    await log.settled();
    await sleep(graceMs);
    const frames = recording.votes;
    recording.votes = null;
    return {
      votes: log.export(),
      frames: frames.frames,
      tallyFrames: frames.tallyFrames,
      windowMs: now() - t0,
      sendWindowMs: endSend - t0,
      clients: attendees.filter((a) => a?.socket?.connected).length,
      samples: sampled.map((a) => ({ tallies: Float64Array.from(a.tallies), frameTimes: Float64Array.from(a.frameTimes) })),
    };
  },

  /** Closed loop: `concurrency` votes in flight per worker for durationMs, continuing the pair sequence from `from`. */
  async saturate({ from, N, questionIds, durationMs, concurrency, ackTimeoutMs }) {
    const Q = questionIds.length;
    const limit = N * Q;
    const log = new VoteLog();
    let v = from;
    const nextOwn = () => {
      while (v < limit && (v % N) % cfg.workers !== cfg.index) v++;
      return v < limit ? v++ : null;
    };
    const t0 = now();
    const end = t0 + durationMs;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (now() < end) {
          const vote = nextOwn();
          if (vote === null) return;
          const a = vote % N;
          await log.send(attendees[Math.floor(a / cfg.workers)], vote, questionIds[(a + Math.floor(vote / N)) % Q], ackTimeoutMs);
        }
      }),
    );
    await log.settled();
    return { votes: log.export(), windowMs: now() - t0, exhausted: v >= limit };
  },

  participants() {
    return attendees.filter(Boolean).map((a) => [a.i, a.participantId]);
  },

  async reset() {
    const sockets = attendees.filter((a) => a?.socket).map((a) => a.socket);
    if (staff) sockets.push(staff.socket);
    for (const socket of sockets) socket.close();
    attendees = [];
    staff = null;
    await sleep(200);
    return { closed: sockets.length };
  },

  meterStart() {
    meter.start();
    return {};
  },

  meterRead() {
    return meter.read();
  },
};

/** Send and acknowledgement times of this worker's votes: [vote, sentAt, ackedAt, status] with status 1 ok, 2 refused, 3 no ack. */
class VoteLog {
  constructor() {
    this.rows = [];
    this.pending = new Set();
    this.errors = new Map();
  }

  send(attendee, v, questionId, ackTimeoutMs) {
    const row = [v, now(), 0, 0];
    this.rows.push(row);
    if (!attendee?.socket?.connected) {
      row[2] = row[1];
      row[3] = 3;
      this.errors.set('not connected', (this.errors.get('not connected') ?? 0) + 1);
      return Promise.resolve();
    }
    const done = attendee.socket
      .timeout(ackTimeoutMs)
      .emitWithAck(LiveEvent.upvote, { questionId, upvoted: true })
      .then(
        (ack) => {
          row[2] = now();
          row[3] = ack?.ok ? 1 : 2;
          if (!ack?.ok) this.errors.set(ack?.error?.code ?? 'unknown', (this.errors.get(ack?.error?.code ?? 'unknown') ?? 0) + 1);
        },
        () => {
          row[2] = now();
          row[3] = 3;
          this.errors.set('no ack', (this.errors.get('no ack') ?? 0) + 1);
        },
      )
      .finally(() => this.pending.delete(done));
    this.pending.add(done);
    return done;
  }

  async settled() {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  export() {
    return { rows: Float64Array.from(this.rows.flat()), errors: Object.fromEntries(this.errors) };
  }
}

process.on('message', async ({ id, cmd, args }) => {
  try {
    const result = await handlers[cmd](args ?? {});
    process.send({ id, ok: true, result });
  } catch (error) {
    process.send({ id, ok: false, error: String(error?.stack ?? error) });
  }
});
process.on('disconnect', () => process.exit(0));
