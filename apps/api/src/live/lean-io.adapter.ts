import { Logger } from '@nestjs/common';
import { isFunction, isNil } from '@nestjs/common/utils/shared.utils';
import type { ApplicationConfig } from '@nestjs/core/application-config';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import type { NestGateway } from '@nestjs/websockets/interfaces/nest-gateway.interface';
import { WebSocketsController } from '@nestjs/websockets/web-sockets-controller';
import { isObservable, type Subject } from 'rxjs';
import type { Server, Socket } from 'socket.io';

type ConnectionHandler = (...args: unknown[]) => void;

/** One gateway handler of an event, kept once for every socket; Nest's context callback takes the socket first. */
interface EventHandler {
  callback: MessageMappingProperties['callback'];
  isAckHandledManually: boolean;
}

/**
 * Nest gives every socket a bound copy of every gateway handler (`callback.bind(gateway, socket)`: about 40 from the
 * feature gateways) and a disconnect listener per gateway, kept for the socket's whole life; with thousands of phones
 * connected that is most of the api's memory per connection beyond Socket.IO's own. This adapter keeps each handler
 * once, per server, and calls it with the socket: a socket holds one middleware, its dispatcher, and a disconnect
 * listener only for a gateway that has handleDisconnect.
 *
 * The dispatcher is the socket's last middleware, so every event passes the middleware that handleConnection adds
 * (the staff session check, the refusal of unknown events) before any handler runs.
 */
export class LeanIoAdapter extends IoAdapter {
  private readonly dispatchLogger = new Logger(LeanIoAdapter.name);
  /** The handlers of each gateway, by the connection handler Nest is about to bind for it. */
  private readonly gatewayHandlers = new WeakMap<ConnectionHandler, Map<string, EventHandler>>();
  /** Per server (or namespace): the handlers of all its gateways by event, and what gives a socket its dispatcher. */
  private readonly dispatchers = new WeakMap<Server, { events: Map<string, EventHandler>; install: (socket: Socket) => void }>();

  constructor(...args: ConstructorParameters<typeof IoAdapter>) {
    super(...args);
    shareGatewayHandlers();
  }

  /** Stands in for Nest's connection handler of one gateway (see shareGatewayHandlers). */
  gatewayConnectionHandler(
    _controller: WebSocketsController,
    gateway: NestGateway,
    subscribers: MessageMappingProperties[],
    disconnect: Subject<unknown>,
    connection: Subject<unknown>,
  ): ConnectionHandler {
    // Nest adds a listener per gateway, each feeding the server's disconnect stream, which only handleDisconnect reads
    // (once per socket): a gateway that has one still adds its own, so it is told as before.
    const watchesDisconnect = isFunction(gateway.handleDisconnect);
    const handler: ConnectionHandler = (...args) => {
      connection.next(args);
      const [socket] = args;
      if (watchesDisconnect) this.bindClientDisconnect(socket, () => disconnect.next(socket));
    };
    const handlers = subscribers.map(({ message, callback, isAckHandledManually }) => [message as string, { callback, isAckHandledManually }] as const);
    this.gatewayHandlers.set(handler, new Map(handlers));
    return handler;
  }

  override bindClientConnect(server: Server, callback: ConnectionHandler): void {
    const handlers = this.gatewayHandlers.get(callback);
    if (!handlers) return super.bindClientConnect(server, callback);
    let dispatcher = this.dispatchers.get(server);
    if (!dispatcher) {
      const events = new Map<string, EventHandler>();
      dispatcher = { events, install: (socket: Socket) => socket.use((packet, next) => this.dispatch(events, socket, packet, next)) };
      this.dispatchers.set(server, dispatcher);
    }
    for (const [event, handler] of handlers) {
      if (dispatcher.events.has(event)) throw new Error(`Two gateways handle the "${event}" event`);
      dispatcher.events.set(event, handler);
    }
    // One connection listener per gateway, and the dispatcher's, are expected: Node's warning of a leak past ten
    // would be noise at every start.
    server.setMaxListeners(Math.max(server.getMaxListeners(), server.listenerCount('connection') + 2));
    server.on('connection', callback);
    // Gateways are bound at the start, before any socket connects: moved behind each one, the dispatcher is installed
    // after every handleConnection has run and added its middleware.
    server.off('connection', dispatcher.install);
    server.on('connection', dispatcher.install);
  }

  private dispatch(events: Map<string, EventHandler>, socket: Socket, packet: unknown[], next: (error?: Error) => void): void {
    const handler = events.get(packet[0] as string);
    if (!handler) return next();
    const args = packet.slice(1);
    const { data, ack } = this.mapPayload(args.length === 1 ? args[0] : args);
    this.respond(handler, socket, handler.callback(socket, data, ack), ack).catch((error: unknown) =>
      this.dispatchLogger.error(`Answering "${String(packet[0])}" failed`, error instanceof Error ? error.stack : String(error)),
    );
  }

  /**
   * What Nest does with a handler's result (its controller's pickResult, then each value sent), without wrapping
   * every message's promise in observables: rxjs was 4 % of the api's busy time in the bench's persistence profile.
   * A handler's own errors never reach here (Nest's context answers them through the exception filter); a failure
   * to send the answer is logged, not left to end the process.
   */
  private async respond(handler: EventHandler, socket: Socket, pending: unknown, ack: unknown): Promise<void> {
    const result: unknown = await pending;
    const send = (response: unknown) => {
      if (isNil(response)) return;
      const reply = response as { event?: string; data?: unknown };
      if (reply.event) {
        socket.emit(reply.event, reply.data);
        return;
      }
      if (!handler.isAckHandledManually && isFunction(ack)) (ack as (value: unknown) => void)(response);
    };
    if (isObservable(result)) result.subscribe(send);
    else send(result);
  }
}

const nestConnectionHandler = WebSocketsController.prototype.getConnectionHandler;

/**
 * Nest has no option for handlers shared by all sockets, so the one step that binds them per socket is replaced, for
 * apps whose adapter is a LeanIoAdapter. Nest's versions are pinned; lean-io.adapter.spec.ts checks this still holds.
 */
function shareGatewayHandlers(): void {
  if (!isFunction(nestConnectionHandler)) throw new Error('LeanIoAdapter: @nestjs/websockets no longer has WebSocketsController.getConnectionHandler');
  if (WebSocketsController.prototype.getConnectionHandler !== nestConnectionHandler) return;
  WebSocketsController.prototype.getConnectionHandler = function (this: WebSocketsController, ...args) {
    const adapter = (this as unknown as { config: ApplicationConfig }).config.getIoAdapter();
    if (adapter instanceof LeanIoAdapter) return adapter.gatewayConnectionHandler(...args);
    return nestConnectionHandler.apply(this, args);
  };
}
