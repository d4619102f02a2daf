import { Catch, Module, UseFilters, type ArgumentsHost, type ExceptionFilter, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type WsResponse,
} from '@nestjs/websockets';
import { concat, map, of, throwError, timer, type Observable } from 'rxjs';
import { io, type Socket as ClientSocket } from 'socket.io-client';
import type { Server, Socket } from 'socket.io';
import { LeanIoAdapter } from './lean-io.adapter';

/** What the gateways saw, shared with the tests. */
const seen = { handled: [] as string[], disconnected: [] as string[], sockets: new Map<string, Socket>() };

@Catch()
class AckErrorFilter implements ExceptionFilter {
  catch(exception: Error, host: ArgumentsHost): void {
    const ack: unknown = host.getArgByIndex(2);
    if (typeof ack === 'function') (ack as (reply: unknown) => void)({ failed: exception.message });
  }
}

@WebSocketGateway()
class EdgeGateway implements OnGatewayConnection<Socket>, OnGatewayDisconnect<Socket> {
  handleConnection(socket: Socket): void {
    seen.sockets.set(socket.id, socket);
    // As LiveGateway's staff check: a middleware that answers the event itself and stops it.
    socket.use(([event, ...args], next) => {
      if (event !== 'guarded') return next();
      const ack = args[args.length - 1];
      if (typeof ack === 'function') (ack as (reply: unknown) => void)({ refused: true });
    });
  }

  handleDisconnect(socket: Socket): void {
    seen.disconnected.push(socket.id);
  }

  @SubscribeMessage('whoami')
  whoami(@ConnectedSocket() socket: Socket, @MessageBody() body: { tag: string }): { id: string; tag: string } {
    return { id: socket.id, tag: body.tag };
  }
}

@WebSocketGateway()
@UseFilters(AckErrorFilter)
class FeatureGateway {
  @SubscribeMessage('guarded')
  guarded(@ConnectedSocket() socket: Socket): string {
    seen.handled.push(`guarded:${socket.id}`);
    return 'ran';
  }

  @SubscribeMessage('slow')
  async slow(@MessageBody() body: { ms: number }): Promise<number> {
    await new Promise((done) => setTimeout(done, body.ms));
    return body.ms;
  }

  @SubscribeMessage('fails')
  fails(): never {
    throw new Error('no such thing');
  }

  /** A WsResponse is sent as its own event, not as the acknowledgement. */
  @SubscribeMessage('echo')
  async echo(@MessageBody() body: { text: string }): Promise<WsResponse<string>> {
    await Promise.resolve();
    return { event: 'echoed', data: body.text };
  }

  /** Every value an observable gives is answered, in order; the first one acknowledges. */
  @SubscribeMessage('count')
  count(@MessageBody() body: { to: number }): Observable<WsResponse<number> | number> {
    return concat(of(0), timer(5).pipe(map(() => ({ event: 'counted', data: body.to }))));
  }

  @SubscribeMessage('nothing')
  nothing(): void {
    seen.handled.push('nothing');
  }

  @SubscribeMessage('failsLater')
  failsLater(): Observable<number> {
    return throwError(() => new Error('gave up'));
  }
}

/** In a namespace each gateway has a connection stream of its own: this one's handleConnection runs in its own turn. */
@WebSocketGateway({ namespace: 'room' })
class RoomFeatureGateway {
  @SubscribeMessage('guarded')
  guarded(@ConnectedSocket() socket: Socket): string {
    seen.handled.push(`room-guarded:${socket.id}`);
    return 'ran';
  }
}

@WebSocketGateway({ namespace: 'room' })
class RoomEdgeGateway implements OnGatewayConnection<Socket> {
  handleConnection(socket: Socket): void {
    socket.use(([event, ...args], next) => {
      if (event !== 'guarded') return next();
      const ack = args[args.length - 1];
      if (typeof ack === 'function') (ack as (reply: unknown) => void)({ refused: 'room' });
    });
  }
}

@Module({ providers: [EdgeGateway, FeatureGateway, RoomFeatureGateway, RoomEdgeGateway] })
class GatewaysModule {}

describe(LeanIoAdapter.name, () => {
  let app: INestApplication;
  let url: string;
  const clients: ClientSocket[] = [];

  const connect = async (namespace = ''): Promise<ClientSocket> => {
    const client = io(`${url}${namespace}`, { transports: ['websocket'], reconnection: false });
    clients.push(client);
    await new Promise<void>((resolve, reject) => {
      client.once('connect', resolve);
      client.once('connect_error', reject);
    });
    return client;
  };

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [GatewaysModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useWebSocketAdapter(new LeanIoAdapter(app));
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.disconnect();
  });

  afterAll(() => app.close());

  it('calls a handler with the socket that sent the event and acknowledges its result', async () => {
    const [a, b] = await Promise.all([connect(), connect()]);
    const [fromA, fromB] = await Promise.all([a.emitWithAck('whoami', { tag: 'a' }), b.emitWithAck('whoami', { tag: 'b' })]);
    expect(fromA).toEqual({ id: a.id, tag: 'a' });
    expect(fromB).toEqual({ id: b.id, tag: 'b' });
  });

  it('acknowledges each event of a socket with its own result, whatever order they finish in', async () => {
    const client = await connect();
    expect(await Promise.all([client.emitWithAck('slow', { ms: 60 }), client.emitWithAck('slow', { ms: 5 })])).toEqual([60, 5]);
  });

  it('runs the middleware handleConnection adds before any handler: an event it stops never reaches the handler', async () => {
    const client = await connect();
    expect(await client.emitWithAck('guarded', {})).toEqual({ refused: true });
    await new Promise((done) => setTimeout(done, 50));
    expect(seen.handled).toEqual([]);
  });

  it('dispatches after the middleware of a gateway bound later than the handler’s own (a namespace)', async () => {
    const client = await connect('/room');
    expect(await client.emitWithAck('guarded', {})).toEqual({ refused: 'room' });
    await new Promise((done) => setTimeout(done, 50));
    expect(seen.handled).toEqual([]);
  });

  it('answers through the exception filter when a handler throws', async () => {
    const client = await connect();
    expect(await client.emitWithAck('fails', {})).toEqual({ failed: 'no such thing' });
  });

  it('sends a handler’s WsResponse as its event, and every value of an observable it returns', async () => {
    const client = await connect();
    const echoed = new Promise((resolve) => client.once('echoed', resolve));
    client.emit('echo', { text: 'halo' });
    expect(await echoed).toBe('halo');
    const counted = new Promise((resolve) => client.once('counted', resolve));
    expect(await client.emitWithAck('count', { to: 3 })).toBe(0);
    expect(await counted).toBe(3);
  });

  it('acknowledges nothing for a handler that returns nothing, and answers an observable’s error through the filter', async () => {
    const client = await connect();
    const acked = client.timeout(100).emitWithAck('nothing', {});
    await expect(acked).rejects.toThrow();
    expect(seen.handled).toContain('nothing');
    expect(await client.emitWithAck('failsLater', {})).toEqual({ failed: 'gave up' });
  });

  it('keeps nothing per handler on a socket: one dispatcher, no listener per event, a disconnect listener only for handleDisconnect', async () => {
    const client = await connect();
    const socket = seen.sockets.get(client.id as string) as Socket;
    // 'error' is Socket.IO's own no-op listener.
    expect(socket.eventNames().sort()).toEqual(['disconnect', 'error']);
    // EdgeGateway has handleDisconnect, FeatureGateway has not.
    expect(socket.listenerCount('disconnect')).toBe(1);
    expect(socket.listenersAny()).toEqual([]);
    // EdgeGateway's middleware, then the adapter's dispatcher.
    expect((socket as unknown as { fns: unknown[] }).fns).toHaveLength(2);
  });

  it('tells every handleDisconnect of a socket that left, once', async () => {
    const client = await connect();
    const id = client.id as string;
    client.disconnect();
    await new Promise((done) => setTimeout(done, 100));
    expect(seen.disconnected.filter((gone) => gone === id)).toEqual([id]);
  });

  it("binds more gateways than Node's ten listeners to a server without its warning of a leak", async () => {
    const gateways = Array.from({ length: 12 }, (_, i) => {
      @WebSocketGateway()
      class Numbered {
        @WebSocketServer() io: Server;

        @SubscribeMessage(`number-${i}`)
        number(): number {
          return i;
        }
      }
      return Numbered;
    });
    const moduleRef = await Test.createTestingModule({ providers: gateways }).compile();
    const many = moduleRef.createNestApplication({ logger: false });
    many.useWebSocketAdapter(new LeanIoAdapter(many));
    await many.listen(0, '127.0.0.1');
    try {
      // What Node's emitter checks before it warns (the warning itself goes to the real process, not Jest's).
      const namespace = many.get(gateways[0]).io.of('/');
      expect(namespace.listenerCount('connection')).toBe(13);
      expect(namespace.getMaxListeners()).toBeGreaterThanOrEqual(13);
    } finally {
      await many.close();
    }
  });

  it('refuses two gateways handling the same event at start', async () => {
    @WebSocketGateway()
    class Twin {
      @SubscribeMessage('whoami')
      whoami(): string {
        return 'twin';
      }
    }
    const moduleRef = await Test.createTestingModule({ providers: [EdgeGateway, Twin] }).compile();
    const twin = moduleRef.createNestApplication({ logger: false });
    twin.useWebSocketAdapter(new LeanIoAdapter(twin));
    await expect(twin.listen(0, '127.0.0.1')).rejects.toThrow('Two gateways handle the "whoami" event');
    await twin.close().catch(() => undefined);
  });
});
