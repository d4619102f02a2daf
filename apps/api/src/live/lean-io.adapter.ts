import { isFunction, isNil } from '@nestjs/common/utils/shared.utils';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { filter, type Observable } from 'rxjs';
import type { Socket } from 'socket.io';

/**
 * Nest's IoAdapter keeps an RxJS pipeline per event per socket for the socket's whole life (about 30 events
 * here); with thousands of phones connected that is most of the api's memory per connection. This adapter
 * binds one plain listener per event and builds the pipeline only while a message is handled.
 */
export class LeanIoAdapter extends IoAdapter {
  override bindMessageHandlers(
    socket: Socket,
    handlers: MessageMappingProperties[],
    transform: (data: unknown) => Observable<unknown>,
  ): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(message as string, (...args: unknown[]) => {
        const { data, ack } = this.mapPayload(args.length === 1 ? args[0] : args);
        transform(callback(data, ack))
          .pipe(filter((response) => !isNil(response)))
          .subscribe((response) => {
            const reply = response as { event?: string; data?: unknown };
            if (reply.event) {
              socket.emit(reply.event, reply.data);
              return;
            }
            if (!isAckHandledManually && isFunction(ack)) (ack as (value: unknown) => void)(response);
          });
      });
    }
  }
}
