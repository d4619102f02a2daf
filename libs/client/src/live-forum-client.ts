import { io, type Socket } from 'socket.io-client';
import {
  applyForumChange,
  LiveEvent,
  type Ack,
  type AckError,
  type ClientAck,
  type ClientEventName,
  type ClientPayload,
  type ClientToServerEvents,
  type ConsensusSignal,
  type ForumChange,
  type ForumSnapshot,
  type LiveAuth,
  type MyQuestion,
  type PollAnswer,
  type ReactionBurst,
  type RegisterParticipantResponse,
  type ServerToClientEvents,
} from '@mufakat/contracts';
import { ApiError } from './api-client';

/** The viewer of an attendee's snapshot. */
export type AttendeeViewer = Extract<ForumSnapshot['viewer'], { role: 'attendee' }>;

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'rejected';

export interface LiveForumView {
  snapshot: ForumSnapshot | null;
  connection: ConnectionState;
  /** Why the server refused the connection, when connection is 'rejected'. */
  rejection: Pick<AckError, 'code' | 'message' | 'reason'> | null;
}

const ACK_TIMEOUT_MS = 10_000;
const SYNC_RETRY_MS = 2_000;
/** A server's wait is honoured up to this, so a phone never sits out a long window with a stale screen. */
const MAX_SYNC_WAIT_MS = 30_000;
/** Answers that retrying will not change; anything else (a timeout, a server hiccup) is retried. */
const REFUSALS = new Set<string>(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);
/** How long a registration in the handshake may take before the phone is told the server did not answer. */
const REGISTRATION_TIMEOUT_MS = 60_000;

export type LiveClientOptions = { url?: string; extraHeaders?: Record<string, string>; connectTimeoutMs?: number };

/**
 * Keeps one forum's state in step with the server: snapshot on (re)connect, numbered changes after,
 * a fresh snapshot whenever a change was missed.
 */
export class LiveForumClient {
  private view: LiveForumView = { snapshot: null, connection: 'connecting', rejection: null };
  private readonly listeners = new Set<() => void>();
  private readonly reactionListeners = new Set<(burst: ReactionBurst) => void>();
  private readonly socket: LiveSocket;
  /**
   * Changes that arrived while a snapshot was on its way, null when no sync is in flight. The server keeps
   * numbering changes while it builds the snapshot, so some of these are in it and some are newer.
   */
  private changesDuringSync: ForumChange[] | null = null;
  private resyncWanted = false;
  private closed = false;
  private readonly registrationListeners = new Set<(registration: RegisterParticipantResponse) => void>();
  private readonly connectErrorListeners = new Set<(refusal: AckError | null) => void>();

  constructor(auth: LiveAuth, options: LiveClientOptions = {}) {
    const socketOptions = {
      auth: { ...auth },
      withCredentials: true,
      extraHeaders: options.extraHeaders,
      // A WebSocket first: Socket.IO's default, long-polling then an upgrade, costs each phone three more requests
      // and the api 30–70 % more CPU per join when a whole room scans the QR code at once (bench/README.md, "Phones
      // open a WebSocket first"). A WebSocket the network refuses falls back to long-polling at once.
      transports: ['websocket', 'polling'],
      tryAllTransports: true,
      // How long one attempt to connect may take (Socket.IO's default: 20 s).
      timeout: options.connectTimeoutMs,
    };
    this.socket = options.url ? io(options.url, socketOptions) : io(socketOptions);
    this.socket.on('connect', () => void this.sync());
    this.socket.on('disconnect', (reason) => {
      this.update({ connection: 'reconnecting' });
      // Socket.IO does not reconnect by itself after a server-side disconnect; a phone should.
      if (reason === 'io server disconnect') this.socket.connect();
    });
    this.socket.on('connect_error', (err) => {
      // A refusal by the server's auth middleware will not heal by retrying.
      // The auth middleware hands its refusal over as the error's data.
      const refusal = (err as { data?: AckError }).data;
      this.connectErrorListeners.forEach((listener) => listener(refusal?.code ? refusal : null));
      if (!this.socket.active) this.update({ connection: 'rejected', rejection: refusal?.code ? refusal : { code: 'FORBIDDEN', message: err.message } });
      else this.update({ connection: this.view.snapshot ? 'reconnecting' : 'connecting' });
      // A proxy that holds a WebSocket open without answering fails only by timing out: the next attempts start
      // with long-polling, as Socket.IO does by default, and upgrade where they can. (A server that is down or
      // restarting refuses at once, and its phones keep coming back over a WebSocket.)
      if (err.message === 'timeout') this.socket.io.opts.transports = ['polling', 'websocket'];
    });
    this.socket.on(LiveEvent.registered, (registration) => {
      // Registered once: every reconnect from now on shows the token instead of registering again.
      this.socket.auth = { forumId: registration.forumId, attendeeToken: registration.attendeeToken };
      this.registrationListeners.forEach((listener) => listener(registration));
    });
    this.socket.on(LiveEvent.changed, (change) => this.onChange(change));
    this.socket.on(LiveEvent.myQuestion, (question) => this.onMyQuestion(question));
    this.socket.on(LiveEvent.mySigning, (signing) => this.patchAttendee({ signing }));
    this.socket.on(LiveEvent.reactions, (burst) => this.reactionListeners.forEach((listener) => listener(burst)));
    this.socket.on(LiveEvent.attendance, (attendance) => {
      if (this.view.snapshot) this.update({ snapshot: { ...this.view.snapshot, attendance } });
    });
  }

  /** Ephemeral reaction bursts (not part of the snapshot). */
  onReactions(listener: (burst: ReactionBurst) => void): () => void {
    this.reactionListeners.add(listener);
    return () => this.reactionListeners.delete(listener);
  }

  /** The registration the server confirmed, for a client opened with one (see `registerLive`). */
  onRegistered(listener: (registration: RegisterParticipantResponse) => void): () => void {
    this.registrationListeners.add(listener);
    return () => this.registrationListeners.delete(listener);
  }

  /** A failed attempt to connect: the server's refusal, or null when it could not be reached. */
  onConnectError(listener: (refusal: AckError | null) => void): () => void {
    this.connectErrorListeners.add(listener);
    return () => this.connectErrorListeners.delete(listener);
  }

  /** Whether `close()` was called: a closed client never connects again. */
  get isClosed(): boolean {
    return this.closed;
  }

  getView = (): LiveForumView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Sends an event and resolves with its acknowledgement; never rejects. With `waitForConnectionMs`, an
   * event sent while offline waits for the connection to come back (use it for idempotent actions only:
   * an upvote or a poll answer may then safely be sent twice).
   */
  async emit<E extends ClientEventName>(
    event: E,
    payload: ClientPayload<E>,
    options: { waitForConnectionMs?: number; retried?: boolean } = {},
  ): Promise<ClientAck<E>> {
    if (!this.socket.connected && options.waitForConnectionMs) await this.waitForConnection(options.waitForConnectionMs);
    if (!this.socket.connected) {
      return { ok: false, error: { code: 'UNAVAILABLE', message: 'Not connected' } } as ClientAck<E>;
    }
    try {
      // The typed emit cannot see through the generic event name; the contract types the result.
      const ack = (await (
        this.socket.timeout(ACK_TIMEOUT_MS) as unknown as {
          emitWithAck(e: string, p: unknown): Promise<Ack<unknown>>;
        }
      ).emitWithAck(event, payload)) as ClientAck<E>;
      return ack;
    } catch {
      // The connection dropped under the request: an idempotent one is sent again once it is back.
      if (options.waitForConnectionMs && !options.retried && !this.socket.connected) {
        return this.emit(event, payload, { waitForConnectionMs: options.waitForConnectionMs, retried: true });
      }
      return { ok: false, error: { code: 'UNAVAILABLE', message: 'No answer from the server' } } as ClientAck<E>;
    }
  }

  /** Records the attendee's own poll answer in the local view after the server acknowledged it. */
  setPollAnswer(pollId: string, answer: PollAnswer): void {
    const viewer = this.attendee();
    if (viewer) this.patchAttendee({ myPollAnswers: { ...viewer.myPollAnswers, [pollId]: answer } });
  }

  /** Records the attendee's own consensus signal after the server acknowledged it. */
  setConsensusSignal(itemId: string, signal: ConsensusSignal): void {
    const viewer = this.attendee();
    if (viewer) this.patchAttendee({ myConsensusSignals: { ...viewer.myConsensusSignals, [itemId]: signal } });
  }

  /** Records the attendee's own survey answer, signing task after a signature, or check-in, once acknowledged. */
  patchAttendee(patch: Partial<Pick<AttendeeViewer, 'mySurvey' | 'signing' | 'myConsensusSignals' | 'myPollAnswers' | 'verified'>>): void {
    const snapshot = this.view.snapshot;
    if (!snapshot || snapshot.viewer.role !== 'attendee') return;
    this.update({ snapshot: { ...snapshot, viewer: { ...snapshot.viewer, ...patch } } });
  }

  private attendee(): AttendeeViewer | null {
    const viewer = this.view.snapshot?.viewer;
    return viewer?.role === 'attendee' ? viewer : null;
  }

  close(): void {
    this.closed = true;
    this.socket.close();
  }

  private async sync(): Promise<void> {
    if (this.changesDuringSync) {
      // A reconnect or a retry under a sync in flight: that sync's answer may never come, so ask again after it.
      this.resyncWanted = true;
      return;
    }
    const changes: ForumChange[] = [];
    this.changesDuringSync = changes;
    try {
      const ack = await this.emit(LiveEvent.sync, { reason: this.view.snapshot ? 'gap' : 'connect' });
      if (ack.ok) this.catchUp(ack.data, changes);
      else if (REFUSALS.has(ack.error.code)) this.update({ connection: 'rejected', rejection: ack.error });
      // A refused sync says how long to wait; asking sooner would only be refused again.
      else this.retrySyncLater(ack.error.code === 'RATE_LIMITED' ? ack.error.retryAfterMs : undefined);
    } finally {
      this.changesDuringSync = null;
    }
    if (this.resyncWanted) {
      this.resyncWanted = false;
      await this.sync();
    }
  }

  /**
   * Goes live with a fresh snapshot plus the changes that overtook it: those it already holds are skipped
   * (per stream, by sequence number), newer ones applied. Only a hole in the numbering asks for another.
   */
  private catchUp(snapshot: ForumSnapshot, changes: readonly ForumChange[]): void {
    let state = snapshot;
    for (const change of changes) {
      const result = applyForumChange(state, change);
      if (result.kind === 'gap') {
        this.resyncWanted = true;
        break;
      }
      state = result.state;
    }
    this.update({ snapshot: state, connection: 'live', rejection: null });
  }

  private waitForConnection(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.socket.off('connect', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.socket.on('connect', done);
    });
  }

  private retrySyncLater(waitMs = SYNC_RETRY_MS): void {
    // Spread over a quarter more, so phones refused together do not come back together.
    const delay = Math.min(waitMs, MAX_SYNC_WAIT_MS) * (1 + Math.random() / 4);
    setTimeout(() => {
      if (this.socket.connected) void this.sync();
    }, delay);
  }

  private onChange(change: ForumChange): void {
    if (this.changesDuringSync) {
      this.changesDuringSync.push(change);
      return;
    }
    const snapshot = this.view.snapshot;
    // Before the first snapshot there is nothing to apply a change to; that snapshot will hold it.
    if (!snapshot) return;
    const result = applyForumChange(snapshot, change);
    if (result.kind === 'gap') void this.sync();
    else if (result.kind === 'applied') this.update({ snapshot: result.state });
  }

  private onMyQuestion(question: MyQuestion): void {
    const snapshot = this.view.snapshot;
    if (!snapshot || snapshot.viewer.role !== 'attendee') return;
    const myQuestions = [...snapshot.viewer.myQuestions.filter((q) => q.id !== question.id), question];
    this.update({ snapshot: { ...snapshot, viewer: { ...snapshot.viewer, myQuestions } } });
  }

  private update(patch: Partial<LiveForumView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/**
 * Registers a new attendee in the socket's handshake and resolves, once the server confirmed it, with the client
 * already live (one connection per phone: no registration request first). Rejects with the server's refusal, as
 * the registration request would have (a field it will not take, a limit and its wait, an unknown join code), or
 * with UNAVAILABLE when the server cannot be reached; the client is then closed. One attempt, as a request is: the
 * attendee sees why and submits again.
 */
export function registerLive(
  auth: Required<Pick<LiveAuth, 'forumId' | 'joinCode' | 'registration'>>,
  options: LiveClientOptions = {},
): Promise<{ client: LiveForumClient; registration: RegisterParticipantResponse }> {
  const client = new LiveForumClient(auth, options);
  return new Promise((resolve, reject) => {
    const settle = (error?: ApiError) => {
      clearTimeout(timer);
      stopRegistered();
      stopWatching();
      if (error) {
        client.close();
        reject(error);
      }
    };
    const timer = setTimeout(() => settle(new ApiError(0, 'UNAVAILABLE', 'No answer from the server')), REGISTRATION_TIMEOUT_MS);
    const stopRegistered = client.onRegistered((registration) => {
      settle();
      resolve({ client, registration });
    });
    const stopWatching = client.onConnectError((refusal) => {
      if (!refusal) return settle(new ApiError(0, 'UNAVAILABLE', 'Network error'));
      settle(new ApiError(0, refusal.code, refusal.message, refusal.details, refusal.reason, refusal.retryAfterMs));
    });
  });
}
