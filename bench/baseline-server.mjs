// A bare Socket.IO 4.8 server (no Nest, no database) that accepts the harness's clients and makes the same
// broadcasts as the api: numbered changes to the forum room, acknowledged upvotes, tallies coalesced per forum at
// the same interval. Every latency the harness reports for the api is set beside this server's.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { forumProjectorRoom, forumRoom, forumStaffRoom, LiveEvent, participantRoom } from '@mufakat/contracts';
import { Server } from 'socket.io';

createRequire(import.meta.url)('./lib/probe.cjs');

const PORT = Number(process.env.PORT ?? 3100);
const HOST = process.env.HOST ?? '127.0.0.1';
const TALLY_FLUSH_MS = Number(process.env.TALLY_FLUSH_MS ?? 100);
const SESSION_COOKIE = 'mufakat_session';
/**
 * `coalesced` (what the api does: unnumbered counts to the projector and staff at most every TALLY_FLUSH_MS),
 * `room` (what it did until 2026-12-02: a numbered change to every attendee at most every TALLY_FLUSH_MS) or
 * `per-join` (a numbered change to every attendee per registration, as before coalescing; N joins cost ~N²/2 frames).
 */
const ATTENDANCE = process.env.BASELINE_ATTENDANCE ?? 'coalesced';

const staffSessions = new Map();
const forums = new Map();
const forumsByCode = new Map();
const attendeesByToken = new Map();

const http = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let body = {};
    try {
      body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    } catch {
      return send(res, 400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Malformed JSON' });
    }
    route(req, res, body);
  });
});

function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function staffFromCookie(header = '') {
  const match = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(header);
  return match ? staffSessions.get(match[1]) : undefined;
}

function route(req, res, body) {
  const url = req.url ?? '/';
  if (req.method === 'GET' && url === '/health') return send(res, 200, { status: 'ok' });
  if (req.method === 'POST' && url === '/api/auth/signup') {
    const user = { id: randomUUID(), email: body.email, name: body.name };
    const session = randomBytes(24).toString('base64url');
    staffSessions.set(session, user);
    return send(res, 201, user, { 'set-cookie': `${SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Lax` });
  }
  if (req.method === 'POST' && url === '/api/forums') {
    const user = staffFromCookie(req.headers.cookie);
    if (!user) return send(res, 401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Sign in' });
    const forum = createForum(body, user);
    return send(res, 201, forumDetail(forum));
  }
  let match = /^\/api\/forums\/([^/]+)\/publish$/.exec(url);
  if (req.method === 'POST' && match) {
    const forum = forums.get(match[1]);
    if (!forum) return send(res, 404, { statusCode: 404, code: 'NOT_FOUND', message: 'Forum not found' });
    forum.joinCode = randomBytes(4).toString('hex').toUpperCase();
    forumsByCode.set(forum.joinCode, forum);
    return send(res, 200, forumDetail(forum));
  }
  match = /^\/api\/join\/([^/]+)\/participants$/.exec(url);
  if (req.method === 'POST' && match) {
    const forum = forumsByCode.get(decodeURIComponent(match[1]).toUpperCase());
    if (!forum) return send(res, 404, { statusCode: 404, code: 'NOT_FOUND', message: 'No forum has that join code' });
    return send(res, 201, register(forum, body));
  }
  return send(res, 404, { statusCode: 404, code: 'NOT_FOUND', message: `No route ${req.method} ${url}` });
}

function createForum(body, user) {
  const forum = {
    id: randomUUID(),
    title: body.title,
    theme: body.theme,
    serviceName: body.serviceName,
    unitName: body.unitName,
    venue: body.venue,
    startsAt: body.startsAt,
    streamUrl: body.streamUrl ?? null,
    preModeration: body.preModeration ?? true,
    fullyAnonymous: body.fullyAnonymous ?? false,
    joinCode: null,
    seq: 0,
    staffSeq: 0,
    agenda: body.agenda.map((item, position) => ({
      id: randomUUID(),
      position,
      title: item.title,
      plannedMinutes: item.plannedMinutes,
      status: 'upcoming',
      startedAt: null,
      endedAt: null,
    })),
    currentAgendaItemId: null,
    projector: { mode: 'join' },
    participants: new Map(),
    attendance: { room: 0, online: 0 },
    questions: new Map(),
    votes: new Set(),
    owner: user,
    dirtyTallies: new Set(),
    tallyTimer: null,
    attendanceTimer: null,
  };
  forums.set(forum.id, forum);
  return forum;
}

function forumDetail(forum) {
  return {
    id: forum.id,
    title: forum.title,
    theme: forum.theme,
    serviceName: forum.serviceName,
    unitName: forum.unitName,
    venue: forum.venue,
    startsAt: forum.startsAt,
    streamUrl: forum.streamUrl,
    status: forum.joinCode ? 'published' : 'draft',
    preModeration: forum.preModeration,
    fullyAnonymous: forum.fullyAnonymous,
    myRole: 'organiser',
    agenda: forum.agenda,
    joinCode: forum.joinCode,
    joinUrl: forum.joinCode ? `http://${HOST}:${PORT}/j/${forum.joinCode}` : null,
    projectorUrl: `http://${HOST}:${PORT}/console/projector/${forum.id}`,
    members: [{ userId: forum.owner.id, name: forum.owner.name, email: forum.owner.email, role: 'organiser' }],
  };
}

function joinInfo(forum) {
  const { id: forumId, joinCode, title, theme, serviceName, unitName, venue, startsAt, streamUrl } = forum;
  return { forumId, joinCode, joinUrl: `http://${HOST}:${PORT}/j/${joinCode}`, title, theme, serviceName, unitName, venue, startsAt, streamUrl };
}

function register(forum, body) {
  const token = randomBytes(32).toString('base64url');
  const participant = {
    id: randomUUID(),
    name: body.name,
    institution: body.institution,
    category: body.category,
    mode: body.mode,
    joinedAt: new Date().toISOString(),
  };
  forum.participants.set(participant.id, participant);
  attendeesByToken.set(token, { forum, participant });
  forum.attendance[participant.mode === 'room' ? 'room' : 'online'] += 1;
  if (ATTENDANCE === 'coalesced') {
    forum.attendanceTimer ??= setTimeout(() => {
      forum.attendanceTimer = null;
      io.to([forumProjectorRoom(forum.id), forumStaffRoom(forum.id)]).emit(LiveEvent.attendance, { ...forum.attendance });
    }, TALLY_FLUSH_MS);
  } else if (ATTENDANCE === 'room') {
    forum.attendanceTimer ??= setTimeout(() => {
      forum.attendanceTimer = null;
      publish(forum, { type: 'attendance.counted', attendance: { ...forum.attendance } });
    }, TALLY_FLUSH_MS);
  } else {
    publish(forum, { type: 'attendance.counted', attendance: { ...forum.attendance } });
  }
  publishStaff(forum, { type: 'participant.joined', participant });
  return { forumId: forum.id, attendeeToken: token, participant };
}

function publish(forum, change) {
  io.to(forumRoom(forum.id)).emit(LiveEvent.changed, { stream: 'public', seq: ++forum.seq, change });
}

function publishStaff(forum, change) {
  io.to(forumStaffRoom(forum.id)).emit(LiveEvent.changed, { stream: 'staff', seq: ++forum.staffSeq, change });
}

const publicQuestion = (q) => ({
  id: q.id,
  agendaItemId: q.agendaItemId,
  text: q.text,
  authorName: q.anonymous ? null : q.author.name,
  upvotes: q.upvotes,
  status: q.status,
  pinned: false,
  reply: null,
  createdAt: q.createdAt,
});
const moderationQuestion = (q) => ({
  ...publicQuestion(q),
  anonymous: q.anonymous,
  authorName: q.author.name,
  authorInstitution: q.author.institution,
  authorCategory: q.author.category,
  rejectionReason: null,
});
const myQuestion = (q) => ({
  id: q.id,
  agendaItemId: q.agendaItemId,
  text: q.text,
  anonymous: q.anonymous,
  status: q.status,
  rejectionReason: null,
  reply: null,
  createdAt: q.createdAt,
});

function snapshot(forum, session) {
  const shown = [...forum.questions.values()].filter((q) => q.status === 'approved').sort((a, b) => b.upvotes - a.upvotes);
  const snap = {
    seq: forum.seq,
    serverTime: new Date().toISOString(),
    forum: joinInfo(forum),
    settings: { preModeration: forum.preModeration, fullyAnonymous: forum.fullyAnonymous },
    agenda: forum.agenda,
    currentAgendaItemId: forum.currentAgendaItemId,
    attendance: forum.attendance,
    questions: shown.map(publicQuestion),
    polls: [],
    pollResults: {},
    speakers: [],
    projector: forum.projector,
    viewer:
      session.kind === 'attendee'
        ? { role: 'attendee', participantId: session.participant.id, name: session.participant.name, votedQuestionIds: [], myQuestions: [], myPollAnswers: {} }
        : { role: 'organiser', userId: session.user.id, name: session.user.name },
  };
  if (session.kind === 'staff') {
    snap.staff = {
      seq: forum.staffSeq,
      questions: [...forum.questions.values()].map(moderationQuestion),
      participants: [...forum.participants.values()],
      polls: [],
      pollResults: {},
    };
  }
  return snap;
}

function tallyChanged(forum, questionId) {
  forum.dirtyTallies.add(questionId);
  if (forum.tallyTimer) return;
  forum.tallyTimer = setTimeout(() => {
    forum.tallyTimer = null;
    const upvotes = {};
    for (const id of forum.dirtyTallies) upvotes[id] = forum.questions.get(id).upvotes;
    forum.dirtyTallies.clear();
    publish(forum, { type: 'tallies', upvotes });
  }, TALLY_FLUSH_MS);
}

const ok = (data) => ({ ok: true, data });
const fail = (code, message) => ({ ok: false, error: { code, message } });

const io = new Server(http, { maxHttpBufferSize: 16 * 1024, perMessageDeflate: false, serveClient: false });

io.use((socket, next) => {
  const { forumId, attendeeToken, joinCode, registration } = socket.handshake.auth ?? {};
  const forum = forums.get(forumId);
  if (!forum) return next(Object.assign(new Error('Forum not found'), { data: { code: 'NOT_FOUND', message: 'Forum not found' } }));
  // A registration in the handshake, as the api takes it: the socket is told its token once connected.
  if (registration !== undefined) {
    if (joinCode !== forum.joinCode) return next(Object.assign(new Error('Unknown join code'), { data: { code: 'NOT_FOUND' } }));
    const registered = register(forum, registration);
    socket.data.session = { kind: 'attendee', forum, participant: registered.participant };
    socket.data.registered = registered;
    return next();
  }
  if (typeof attendeeToken === 'string') {
    const attendee = attendeesByToken.get(attendeeToken);
    if (!attendee || attendee.forum !== forum) return next(Object.assign(new Error('Unknown attendee token'), { data: { code: 'UNAUTHENTICATED' } }));
    socket.data.session = { kind: 'attendee', forum, participant: attendee.participant };
    return next();
  }
  const user = staffFromCookie(socket.handshake.headers.cookie);
  if (!user) return next(Object.assign(new Error('No session'), { data: { code: 'UNAUTHENTICATED' } }));
  socket.data.session = { kind: 'staff', forum, user };
  next();
});

const KNOWN_EVENTS = new Set(Object.values(LiveEvent));

io.on('connection', (socket) => {
  const session = socket.data.session;
  if (socket.data.registered) {
    socket.emit(LiveEvent.registered, socket.data.registered);
    delete socket.data.registered;
  }
  const { forum } = session;
  const rooms = [forumRoom(forum.id)];
  if (session.kind === 'staff') rooms.push(forumStaffRoom(forum.id));
  else rooms.push(participantRoom(session.participant.id));
  socket.join(rooms);
  socket.use(([event, ...args], next) => {
    if (KNOWN_EVENTS.has(event)) return next();
    const ack = args[args.length - 1];
    if (typeof ack === 'function') ack(fail('NOT_FOUND', `Unknown event "${event}"`));
  });
  const staffOnly = (handler) => (payload, ack) => ack(session.kind === 'staff' ? handler(payload) : fail('FORBIDDEN', 'Staff only'));
  const attendeeOnly = (handler) => (payload, ack) => ack(session.kind === 'attendee' ? handler(payload) : fail('FORBIDDEN', 'Attendees only'));

  socket.on(LiveEvent.sync, (_payload, ack) => ack(ok(snapshot(forum, session))));

  socket.on(
    LiveEvent.showOnProjector,
    staffOnly(({ view }) => {
      forum.projector = view.mode === 'poll' ? { mode: 'poll', pollId: view.pollId } : { mode: view.mode };
      publish(forum, { type: 'projector.changed', projector: forum.projector });
      return ok(forum.projector);
    }),
  );

  socket.on(
    LiveEvent.startAgendaItem,
    staffOnly(({ agendaItemId }) => {
      const item = forum.agenda.find((candidate) => candidate.id === agendaItemId);
      if (!item) return fail('NOT_FOUND', 'That agenda item is not part of this forum');
      const at = new Date().toISOString();
      for (const running of forum.agenda) if (running.status === 'running' && running !== item) Object.assign(running, { status: 'done', endedAt: at });
      Object.assign(item, { status: 'running', startedAt: at, endedAt: null });
      forum.currentAgendaItemId = item.id;
      const state = { agenda: forum.agenda, currentAgendaItemId: item.id };
      publish(forum, { type: 'agenda.updated', ...state });
      return ok(state);
    }),
  );

  socket.on(
    LiveEvent.ask,
    attendeeOnly(({ text, anonymous = false, agendaItemId = null }) => {
      const question = {
        id: randomUUID(),
        agendaItemId,
        text,
        anonymous,
        author: session.participant,
        status: forum.preModeration ? 'pending' : 'approved',
        upvotes: 0,
        createdAt: new Date().toISOString(),
      };
      forum.questions.set(question.id, question);
      publishStaff(forum, { type: 'question.updated', question: moderationQuestion(question) });
      if (question.status === 'approved') publish(forum, { type: 'question.upserted', question: publicQuestion(question) });
      return ok(myQuestion(question));
    }),
  );

  socket.on(
    LiveEvent.moderate,
    staffOnly(({ questionId, decision }) => {
      const question = forum.questions.get(questionId);
      if (!question) return fail('NOT_FOUND', 'Question not found');
      question.status = decision === 'approve' ? 'approved' : 'rejected';
      publishStaff(forum, { type: 'question.updated', question: moderationQuestion(question) });
      if (question.status === 'approved') publish(forum, { type: 'question.upserted', question: publicQuestion(question) });
      io.to(participantRoom(question.author.id)).emit(LiveEvent.myQuestion, myQuestion(question));
      return ok(moderationQuestion(question));
    }),
  );

  socket.on(
    LiveEvent.upvote,
    attendeeOnly(({ questionId, upvoted }) => {
      const question = forum.questions.get(questionId);
      if (!question) return fail('NOT_FOUND', 'Question not found');
      if (question.status !== 'approved') return fail('INVALID_STATE', 'Only questions shown to the room can be upvoted');
      const key = `${questionId}:${session.participant.id}`;
      const changed = upvoted ? !forum.votes.has(key) && forum.votes.add(key) : forum.votes.delete(key);
      if (changed) {
        question.upvotes += upvoted ? 1 : -1;
        tallyChanged(forum, questionId);
      }
      return ok({ questionId, upvoted });
    }),
  );
});

http.listen(PORT, HOST, 4096, () => console.log(`baseline Socket.IO server on http://${HOST}:${PORT}`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    io.close();
    http.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
