import { randomBytes } from 'node:crypto';
import {
  type AttendanceCounts,
  apiPaths,
  LiveEvent,
  type Ack,
  type ClientAck,
  type ClientEventName,
  type ClientPayload,
  type ClientToServerEvents,
  type CreateForumRequest,
  type ForumChange,
  type ForumDetail,
  type LiveAuth,
  type RegisterParticipantRequest,
  type RegisterParticipantResponse,
  type ServerToClientEvents,
} from '@mufakat/contracts';
import { io, type Socket } from 'socket.io-client';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface HttpResult<T> {
  status: number;
  body: T;
  cookie?: string;
}

export async function http<T = unknown>(
  baseUrl: string,
  path: string,
  init: { method?: string; body?: unknown; cookie?: string; bearer?: string } = {},
): Promise<HttpResult<T>> {
  const response = await fetch(baseUrl + path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.bearer ? { authorization: `Bearer ${init.bearer}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  const setCookie = response.headers.get('set-cookie');
  return {
    status: response.status,
    body: (text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T,
    cookie: setCookie ? setCookie.split(';')[0] : undefined,
  };
}

export const uniqueEmail = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}@mufakat.test`;

/** Signs a staff user up and returns their session cookie. */
export async function signupStaff(baseUrl: string, prefix = 'staff'): Promise<{ cookie: string; email: string }> {
  const email = uniqueEmail(prefix);
  const result = await http(baseUrl, apiPaths.signup, { body: { email, password: 'correct horse battery', name: prefix } });
  if (result.status !== 201 || !result.cookie) throw new Error(`signup failed: ${result.status} ${JSON.stringify(result.body)}`);
  return { cookie: result.cookie, email };
}

export function forumRequest(overrides: Partial<CreateForumRequest> = {}): CreateForumRequest {
  return {
    title: 'Forum Konsultasi Publik Layanan KTP-el',
    theme: 'Standar pelayanan penerbitan KTP-el',
    serviceName: 'Penerbitan KTP-el',
    unitName: 'Dinas Kependudukan dan Pencatatan Sipil',
    venue: 'Aula Kantor Dinas',
    startsAt: '2026-12-01T02:00:00.000Z',
    agenda: [
      { title: 'Pembukaan', plannedMinutes: 10 },
      { title: 'Pemaparan standar pelayanan', plannedMinutes: 30 },
      { title: 'Diskusi dan tanya jawab', plannedMinutes: 45 },
    ],
    ...overrides,
  };
}

export async function createPublishedForum(baseUrl: string, cookie: string): Promise<ForumDetail> {
  const created = await http<ForumDetail>(baseUrl, apiPaths.forums, { body: forumRequest(), cookie });
  if (created.status !== 201) throw new Error(`create forum failed: ${JSON.stringify(created.body)}`);
  const published = await http<ForumDetail>(baseUrl, apiPaths.publishForum(created.body.id), { method: 'POST', cookie });
  if (published.status !== 200) throw new Error(`publish failed: ${JSON.stringify(published.body)}`);
  return published.body;
}

/** What a resident's phone sends to register, under this name. */
export const person = (name: string, overrides: Partial<RegisterParticipantRequest> = {}): RegisterParticipantRequest => ({
  name,
  institution: 'Warga Kelurahan Sukamaju',
  category: 'service_user',
  mode: 'room',
  ...overrides,
});

export async function registerAttendee(
  baseUrl: string,
  joinCode: string,
  overrides: Partial<RegisterParticipantRequest> = {},
): Promise<RegisterParticipantResponse> {
  const body = person('Siti Aminah', overrides);
  const result = await http<RegisterParticipantResponse>(baseUrl, apiPaths.registerParticipant(joinCode), { body });
  if (result.status !== 201) throw new Error(`register failed: ${JSON.stringify(result.body)}`);
  return result.body;
}

/** A real socket.io-client that records every change it receives. */
export class LiveTestClient {
  readonly socket: TestSocket;
  readonly changes: ForumChange[] = [];
  readonly privateUpdates: unknown[] = [];
  /** Unnumbered attendance counts (projector and staff), in the order received. */
  readonly attendance: AttendanceCounts[] = [];

  private constructor(socket: TestSocket) {
    this.socket = socket;
    socket.on(LiveEvent.changed, (change) => this.changes.push(change));
    socket.on(LiveEvent.attendance, (counts) => this.attendance.push(counts));
    socket.on(LiveEvent.myQuestion, (question) => this.privateUpdates.push(question));
    socket.on(LiveEvent.mySigning, (task) => this.privateUpdates.push(task));
  }

  static async connect(baseUrl: string, auth: LiveAuth, cookie?: string): Promise<LiveTestClient> {
    const socket: TestSocket = io(baseUrl, {
      auth: { ...auth },
      transports: ['websocket'],
      extraHeaders: cookie ? { cookie } : undefined,
      reconnection: false,
      forceNew: true,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (error) => reject(error));
    });
    return new LiveTestClient(socket);
  }

  /** Sends an event and returns its acknowledgement, both typed by the contract's event map. */
  emit<E extends ClientEventName>(event: E, payload: ClientPayload<E>): Promise<ClientAck<E>> {
    return this.emitRaw(event, payload) as Promise<ClientAck<E>>;
  }

  /** What a hostile or broken client sends: any event name, any payload. */
  emitRaw(event: string, payload: unknown): Promise<Ack<unknown>> {
    return (this.socket as unknown as Socket).timeout(5000).emitWithAck(event, payload) as Promise<Ack<unknown>>;
  }

  /** Resolves with the first recorded or future change matching the predicate. */
  async waitFor(predicate: (change: ForumChange) => boolean, timeoutMs = 5000): Promise<ForumChange> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.changes.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No matching change in ${timeoutMs} ms; got ${JSON.stringify(this.changes)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Resolves with the first recorded or future attendance count matching the predicate. */
  async waitForAttendance(predicate: (counts: AttendanceCounts) => boolean, timeoutMs = 5000): Promise<AttendanceCounts> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.attendance.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No matching attendance in ${timeoutMs} ms; got ${JSON.stringify(this.attendance)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  close(): void {
    this.socket.close();
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
