import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LiveEvent, type Ack, type AckError, type ForumChange, type ForumSnapshot, type RegisterParticipantResponse } from '@mufakat/contracts';
import { Server, type Socket } from 'socket.io';
import { ApiError } from './api-client';
import { LiveForumClient, registerLive, type LiveForumView } from './live-forum-client';

const snapshot = (seq: number): ForumSnapshot => ({
  seq,
  forum: {
    forumId: 'f1',
    joinCode: 'ABCDEF',
    joinUrl: 'http://venue.test/j/ABCDEF',
    title: 'FKP',
    theme: 't',
    serviceName: 's',
    unitName: 'u',
    venue: 'v',
    startsAt: '2026-12-01T02:00:00.000Z',
    streamUrl: null,
  },
  serverTime: '2026-12-01T02:00:00.000Z',
  settings: { preModeration: true, fullyAnonymous: false },
  agenda: [],
  currentAgendaItemId: null,
  attendance: { room: seq, online: 0 },
  questions: [],
  polls: [],
  pollResults: {},
  speakers: [],
  projector: { mode: 'join' },
  checkIn: { enabled: false },
  consensus: [],
  consensusTallies: {},
  survey: { open: false, respondents: seq },
  viewer: { role: 'projector' },
});

/** A numbered public change carrying a number the tests can follow (the survey's respondents). */
const counted = (seq: number, respondents: number): ForumChange => ({
  stream: 'public',
  seq,
  change: { type: 'survey.changed', survey: { open: true, respondents } },
});

const staffSnapshot = (seq: number, staffSeq: number): ForumSnapshot => ({
  ...snapshot(seq),
  viewer: { role: 'organiser', userId: 'u1', name: 'Panitia' },
  staff: {
    seq: staffSeq,
    questions: [],
    participants: [],
    polls: [],
    pollResults: {},
    consensus: [],
    ikm: null,
    documents: [],
    representatives: [],
    reports: [],
  },
});

const joined = (seq: number): ForumChange => ({
  stream: 'staff',
  seq,
  change: {
    type: 'participant.joined',
    participant: { id: `p${seq}`, name: `Peserta ${seq}`, institution: '', category: 'service_user', mode: 'room', joinedAt: '2026-12-01T02:00:00.000Z' },
  },
});

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A bare Socket.IO server speaking the contract, so the client is tested over a real connection. */
describe(LiveForumClient.name, () => {
  let http: HttpServer;
  let io: Server;
  let url: string;
  let syncs: number;
  let serverSeq: number;
  let syncReply: () => Ack<ForumSnapshot> | Promise<Ack<ForumSnapshot>>;
  let sockets: Socket[];
  /** The transport each socket connected over (a long-polling one may upgrade later). */
  let openedOver: string[];
  let client: LiveForumClient | null;

  beforeEach(async () => {
    http = createServer();
    io = new Server(http);
    syncs = 0;
    serverSeq = 5;
    sockets = [];
    openedOver = [];
    client = null;
    syncReply = () => ({ ok: true, data: snapshot(serverSeq) });
    io.on('connection', (socket) => {
      sockets.push(socket);
      openedOver.push(socket.conn.transport.name);
      socket.on(LiveEvent.sync, async (_payload: unknown, ack: (reply: Ack<ForumSnapshot>) => void) => {
        syncs++;
        ack(await syncReply());
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    client?.close();
    await new Promise((resolve) => io.close(resolve));
  });

  const connect = () => (client = new LiveForumClient({ forumId: 'f1' }, { url }));
  const until = async (check: (view: LiveForumView) => boolean, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    while (!client || !check(client.getView())) {
      if (Date.now() > deadline) throw new Error(`timed out; view: ${JSON.stringify(client?.getView())}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it('goes live with a snapshot and applies the next numbered change', async () => {
    connect();
    await until((view) => view.connection === 'live');
    expect(client?.getView().snapshot?.seq).toBe(5);
    io.emit(LiveEvent.changed, counted(6, 42));
    await until((view) => view.snapshot?.survey.respondents === 42);
    expect(client?.getView().snapshot?.seq).toBe(6);
    expect(syncs).toBe(1);
  });

  it('takes unnumbered attendance counts without asking for a snapshot', async () => {
    connect();
    await until((view) => view.connection === 'live');
    io.emit(LiveEvent.attendance, { room: 40, online: 2 });
    await until((view) => view.snapshot?.attendance?.room === 40);
    expect(client?.getView().snapshot).toMatchObject({ seq: 5, attendance: { room: 40, online: 2 } });
    expect(syncs).toBe(1);
  });

  it('asks for a fresh snapshot when it sees a gap', async () => {
    connect();
    await until((view) => view.connection === 'live');
    serverSeq = 9;
    io.emit(LiveEvent.changed, counted(8, 99));
    await until((view) => view.snapshot?.seq === 9);
    expect(syncs).toBe(2);
    // The change after the gap came from the snapshot, not from applying seq 8 over seq 5.
    expect(client?.getView().snapshot?.survey.respondents).toBe(9);
  });

  it('stops on a refusal but retries after a transient error', async () => {
    syncReply = () => ({ ok: false, error: { code: 'INTERNAL', message: 'hiccup' } });
    connect();
    await until(() => syncs === 1);
    syncReply = () => ({ ok: true, data: snapshot(serverSeq) });
    await until((view) => view.connection === 'live', 6000);
    expect(syncs).toBe(2);

    client?.close();
    syncs = 0;
    syncReply = () => ({ ok: false, error: { code: 'FORBIDDEN', message: 'Invalid projector link', reason: 'invalidProjectorLink' } });
    connect();
    await until((view) => view.connection === 'rejected');
    expect(client?.getView().rejection).toEqual({ code: 'FORBIDDEN', message: 'Invalid projector link', reason: 'invalidProjectorLink' });
  });

  it('waits as long as a rate-limited sync was told to before asking again', async () => {
    const refusedAt: number[] = [];
    syncReply = () => {
      refusedAt.push(Date.now());
      return refusedAt.length === 1
        ? { ok: false, error: { code: 'RATE_LIMITED', message: 'At most 10 syncs every 5 seconds', retryAfterMs: 200 } }
        : { ok: true, data: snapshot(serverSeq) };
    };
    connect();
    await until((view) => view.connection === 'live');
    // Sooner than the usual 2 s retry after a transient error, and not before the wait it was given.
    const waited = refusedAt[1] - refusedAt[0];
    expect(waited).toBeGreaterThanOrEqual(200);
    expect(waited).toBeLessThan(1500);
    expect(syncs).toBe(2);
  });

  it('reconnects and resyncs after the server drops it', async () => {
    connect();
    await until((view) => view.connection === 'live');
    serverSeq = 12;
    sockets[0].disconnect(true);
    await until((view) => view.connection === 'live' && view.snapshot?.seq === 12);
    expect(syncs).toBe(2);
  });

  describe('changes that arrive while a snapshot is on its way', () => {
    /** Numbers the next public change and broadcasts it, as the server's broadcaster does. */
    const publish = () => {
      serverSeq++;
      io.emit(LiveEvent.changed, counted(serverSeq, 100 + serverSeq));
    };
    /** A change the server numbered but this client never received. */
    const lose = () => void serverSeq++;

    /**
     * The first sync is answered the way a busy server answers it: the snapshot is read between numbered
     * changes, and its answer leaves after all of them. Later syncs are answered at once.
     */
    const slowFirstSync = (around: { before: () => void; after: () => void }, build = (seq: number) => snapshot(seq)) => {
      const plain = syncReply;
      syncReply = async () => {
        syncReply = plain;
        around.before();
        const reply: Ack<ForumSnapshot> = { ok: true, data: build(serverSeq) };
        around.after();
        await delay(100);
        return reply;
      };
    };

    it('applies the ones newer than the snapshot, per stream, and syncs once', async () => {
      let staffSeq = 3;
      slowFirstSync(
        {
          // Numbered before the snapshot was read: the snapshot holds them, and they are on the wire too.
          before: () => {
            publish();
            io.emit(LiveEvent.changed, joined(staffSeq));
            publish();
          },
          // Numbered after: only on the wire, and they reach the phone before the snapshot does.
          after: () => {
            publish();
            io.emit(LiveEvent.changed, joined(++staffSeq));
            publish();
          },
        },
        (seq) => staffSnapshot(seq, staffSeq),
      );
      connect();
      await until((view) => view.connection === 'live');
      const view = client?.getView();
      expect(view?.snapshot?.seq).toBe(9);
      expect(view?.snapshot?.survey.respondents).toBe(109);
      expect(view?.snapshot?.staff?.seq).toBe(4);
      expect(view?.snapshot?.staff?.participants.map((p) => p.id)).toEqual(['p4']);

      // Live from here on, and no second snapshot was asked for.
      await delay(50);
      publish();
      await until((next) => next.snapshot?.seq === 10);
      expect(syncs).toBe(1);
    });

    it('still asks for a fresh snapshot when a change is missed after the sync', async () => {
      slowFirstSync({ before: publish, after: publish });
      connect();
      await until((view) => view.snapshot?.seq === 7);
      expect(syncs).toBe(1);
      lose();
      publish();
      await until((view) => view.snapshot?.seq === 9);
      expect(syncs).toBe(2);
      // Seq 9 came from the snapshot, not from applying change 9 over seq 7.
      expect(client?.getView().snapshot?.survey.respondents).toBe(9);
    });

    it('asks again when the changes that overtook the snapshot have a hole', async () => {
      slowFirstSync({
        before: publish,
        after: () => {
          publish();
          lose();
          publish();
        },
      });
      connect();
      await until((view) => view.snapshot?.seq === 9);
      expect(syncs).toBe(2);
      expect(client?.getView().snapshot?.survey.respondents).toBe(9);
    });
  });

  it('holds an idempotent emit made while offline until the connection is back', async () => {
    let answered = 0;
    io.on('connection', (socket) =>
      socket.on(LiveEvent.upvote, (_p: unknown, ack: (r: unknown) => void) => {
        answered++;
        ack({ ok: true, data: { questionId: 'q', upvoted: true } });
      }),
    );
    connect();
    await until((view) => view.connection === 'live');
    sockets[0].disconnect(true);
    const reply = client?.emit(LiveEvent.upvote, { questionId: 'q', upvoted: true }, { waitForConnectionMs: 5000 });
    expect(await reply).toEqual({ ok: true, data: { questionId: 'q', upvoted: true } });
    expect(answered).toBe(1);
  });

  describe('how it connects', () => {
    /** Replaces the default server with one whose HTTP server `prepare` sets up first (before Socket.IO attaches). */
    const serveInstead = async (options: ConstructorParameters<typeof Server>[1], prepare: (server: HttpServer) => void = () => undefined) => {
      await new Promise((resolve) => io.close(resolve));
      http = createServer();
      prepare(http);
      io = new Server(http, options);
      io.on('connection', (socket) => {
        sockets.push(socket);
        openedOver.push(socket.conn.transport.name);
        socket.on(LiveEvent.sync, (_payload: unknown, ack: (reply: Ack<ForumSnapshot>) => void) => ack({ ok: true, data: snapshot(serverSeq) }));
      });
      await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    };
    it('opens a WebSocket straight away, with no long-polling requests before it', async () => {
      const polls: string[] = [];
      http.prependListener('request', (request) => polls.push(request.url ?? ''));
      connect();
      await until((view) => view.connection === 'live');
      expect(openedOver).toEqual(['websocket']);
      expect(polls.filter((path) => path.includes('transport=polling'))).toEqual([]);
    });

    it('falls back to long-polling at once where WebSockets are refused', async () => {
      await serveInstead({ transports: ['polling'] });
      connect();
      await until((view) => view.connection === 'live');
      expect(openedOver).toEqual(['polling']);
    });

    it('starts with long-polling after a WebSocket that never answered', async () => {
      // A proxy that takes the upgrade and then says nothing.
      const held: Array<{ destroy(): void }> = [];
      await serveInstead({ transports: ['polling'] }, (server) => server.on('upgrade', (_request, socket) => held.push(socket)));
      client = new LiveForumClient({ forumId: 'f1' }, { url, connectTimeoutMs: 300 });
      try {
        await until((view) => view.connection === 'live', 8000);
        expect(held).toHaveLength(1);
        expect(openedOver).toEqual(['polling']);
      } finally {
        held.forEach((socket) => socket.destroy());
      }
    });

    it('comes back over a WebSocket after the server restarts', async () => {
      connect();
      await until((view) => view.connection === 'live');
      const port = (http.address() as AddressInfo).port;
      await new Promise((resolve) => io.close(resolve));
      await until((view) => view.connection === 'reconnecting');
      // Down past the first attempt to reconnect (within 1.5 s), which the closed port refuses.
      await delay(2000);
      http = createServer();
      io = new Server(http);
      io.on('connection', (socket) => {
        sockets.push(socket);
        openedOver.push(socket.conn.transport.name);
        socket.on(LiveEvent.sync, (_payload: unknown, ack: (reply: Ack<ForumSnapshot>) => void) => ack({ ok: true, data: snapshot(serverSeq) }));
      });
      await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
      await until((view) => view.connection === 'live' && sockets.length === 2, 10_000);
      expect(openedOver).toEqual(['websocket', 'websocket']);
    });
  });

  describe('registering in the handshake', () => {
    const registration = { name: 'Siti', institution: 'Warga', category: 'service_user', mode: 'room' } as const;
    const refusal: AckError = { code: 'RATE_LIMITED', message: 'Too many', reason: 'registrationLimitAddress', retryAfterMs: 4000 };
    let handshakes: Array<Record<string, unknown>>;

    beforeEach(() => {
      handshakes = [];
      // As the api does: a registration is refused in the middleware, or told to the socket once it is connected.
      io.use((socket, next) => {
        const auth = socket.handshake.auth;
        handshakes.push(auth);
        if (auth.registration?.name === 'Ditolak') return next(Object.assign(new Error(refusal.message), { data: refusal }));
        if (auth.registration) {
          const registered: RegisterParticipantResponse = {
            forumId: 'f1',
            attendeeToken: 'token-1',
            restored: false,
            participant: { id: 'p1', ...auth.registration, joinedAt: '2026-12-01T02:00:00.000Z' },
          };
          socket.data.registered = registered;
        }
        next();
      });
      io.on('connection', (socket) => {
        if (socket.data.registered) socket.emit(LiveEvent.registered, socket.data.registered);
      });
    });

    it('resolves with the registration and the client live, which reconnects with its token', async () => {
      const registered = await registerLive({ forumId: 'f1', joinCode: 'ABCDEF', registration }, { url });
      client = registered.client;
      expect(registered.registration).toMatchObject({ attendeeToken: 'token-1', participant: { id: 'p1', name: 'Siti' } });
      await until((view) => view.connection === 'live');

      sockets[0].disconnect();
      await until((view) => view.connection === 'live' && sockets.length === 2);
      expect(handshakes).toEqual([
        { forumId: 'f1', joinCode: 'ABCDEF', registration },
        { forumId: 'f1', attendeeToken: 'token-1' },
      ]);
    });

    it("rejects with the server's refusal, in the request's terms, and tries no more", async () => {
      const refused = await registerLive({ forumId: 'f1', joinCode: 'ABCDEF', registration: { ...registration, name: 'Ditolak' } }, { url }).catch(
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(ApiError);
      expect(refused).toMatchObject({ code: 'RATE_LIMITED', message: 'Too many', reason: 'registrationLimitAddress', retryAfterMs: 4000 });
      await delay(1500);
      expect(handshakes).toHaveLength(1);
    });

    it('rejects with UNAVAILABLE when the server cannot be reached', async () => {
      await new Promise((resolve) => io.close(resolve));
      const refused = await registerLive({ forumId: 'f1', joinCode: 'ABCDEF', registration }, { url }).catch((error: unknown) => error);
      expect(refused).toMatchObject({ code: 'UNAVAILABLE', message: 'Network error' });
    });
  });

  it('answers emits made while offline with UNAVAILABLE instead of hanging', async () => {
    connect();
    await until((view) => view.connection === 'live');
    client?.close();
    const ack = await client?.emit(LiveEvent.sync, {});
    expect(ack).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: 'Not connected' } });
  });
});
