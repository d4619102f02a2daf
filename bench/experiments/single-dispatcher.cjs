// Experiment (`--experiment=single-dispatcher`): the api's LeanIoAdapter binds one listener per event on every
// socket (about 30, from 9 gateways); this binds a single `onAny` dispatcher per socket and looks the handler up
// in a per-socket table, to see how much of the remaining memory per connection that is.
'use strict';
const { join } = require('node:path');

const dist = join(__dirname, '../../apps/api/dist');
const { LeanIoAdapter } = require(join(dist, 'live/lean-io.adapter.js'));

const TABLE = Symbol('handlers');

LeanIoAdapter.prototype.bindMessageHandlers = function bindMessageHandlers(socket, handlers, transform) {
  let table = socket[TABLE];
  if (!table) {
    table = socket[TABLE] = new Map();
    socket.onAny((event, ...args) => {
      const handler = table.get(event);
      if (!handler) return;
      const { data, ack } = this.mapPayload(args.length === 1 ? args[0] : args);
      handler.transform(handler.callback(data, ack)).subscribe((response) => {
        if (response === null || response === undefined) return;
        if (response.event) return socket.emit(response.event, response.data);
        if (!handler.isAckHandledManually && typeof ack === 'function') ack(response);
      });
    });
  }
  for (const { message, callback, isAckHandledManually } of handlers) table.set(message, { callback, isAckHandledManually, transform });
};
