import { isFunction, isNil } from '@nestjs/common/utils/shared.utils';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { filter, type Observable } from 'rxjs';
import type { Socket } from 'socket.io';

type Callback = MessageMappingProperties['callback'];
type Transform = (data: unknown) => Observable<unknown>;

const HANDLERS = Symbol('live handlers');
type TableSocket = Socket & { [HANDLERS]?: Callback[] };

/**
 * Nest's IoAdapter keeps an RxJS pipeline per event per socket for the socket's whole life (about 40 events from
 * the feature gateways); with thousands of phones connected that is most of the api's memory per connection. This
 * adapter gives each socket one dispatcher and a table of its bound handlers only: what does not differ between
 * sockets (whether a handler acks by itself, how results are unwrapped) is kept once, per event, for all of them.
 * The pipeline is built only while a message is handled.
 */
export class LeanIoAdapter extends IoAdapter {
  /** Per event, for every socket: its slot in the sockets' handler arrays, and how its results are sent. */
  private readonly events = new Map<string, { slot: number; isAckHandledManually: boolean; transform: Transform }>();

  override bindMessageHandlers(socket: Socket, handlers: MessageMappingProperties[], transform: Transform): void {
    const table = this.tableOf(socket as TableSocket);
    for (const { message, callback, isAckHandledManually } of handlers) {
      let event = this.events.get(message as string);
      if (!event) this.events.set(message as string, (event = { slot: this.events.size, isAckHandledManually, transform }));
      table[event.slot] = callback;
    }
  }

  /** Each gateway binds its handlers in turn; the first creates the table (an array: a few bytes a handler) and the one listener. */
  private tableOf(socket: TableSocket): Callback[] {
    const existing = socket[HANDLERS];
    if (existing) return existing;
    const table: Callback[] = [];
    socket[HANDLERS] = table;
    socket.onAny((name: string, ...args: unknown[]) => {
      const shared = this.events.get(name);
      const callback = shared && table[shared.slot];
      if (!shared || !callback) return;
      const { data, ack } = this.mapPayload(args.length === 1 ? args[0] : args);
      shared
        .transform(callback(data, ack))
        .pipe(filter((response) => !isNil(response)))
        .subscribe((response) => {
          const reply = response as { event?: string; data?: unknown };
          if (reply.event) {
            socket.emit(reply.event, reply.data);
            return;
          }
          if (!shared.isAckHandledManually && isFunction(ack)) (ack as (value: unknown) => void)(response);
        });
    });
    return table;
  }
}
