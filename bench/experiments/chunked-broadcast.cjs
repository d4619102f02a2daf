// Experiment (`--experiment=chunked-broadcast`): a change to a room of thousands of sockets is written in one
// synchronous loop (one frame, one syscall per socket: ~100 ms for 5,000 here), and nothing else — vote
// acknowledgements, database replies — runs meanwhile. This sends public changes to big rooms in chunks of 500
// sockets, one chunk per event-loop turn, in order (a FIFO, so every client still gets the changes in seq order).
'use strict';
const { join } = require('node:path');

const dist = join(__dirname, '../../apps/api/dist');
const { ForumBroadcaster } = require(join(dist, 'realtime/forum-broadcaster.service.js'));
const { forumRoom, LiveEvent } = require(require.resolve('@mufakat/contracts', { paths: [dist] }));

const CHUNK = 500;
const send = ForumBroadcaster.prototype.send;
const queue = [];
let draining = false;

ForumBroadcaster.prototype.send = function chunkedSend(forumId, changes) {
  if (!this.server) return;
  for (const change of changes) {
    if (change.stream !== 'public') {
      send.call(this, forumId, [change]);
      continue;
    }
    const ids = this.server.of('/').adapter.rooms.get(forumRoom(forumId));
    if (!ids || ids.size <= CHUNK) {
      // Behind earlier chunked changes of the same room, if any, to keep the order.
      queue.push({ server: this.server, ids: ids ? [...ids] : [], change, at: 0 });
    } else {
      queue.push({ server: this.server, ids: [...ids], change, at: 0 });
    }
  }
  if (!draining) drain();
};

function drain() {
  draining = true;
  const job = queue[0];
  if (!job) {
    draining = false;
    return;
  }
  const slice = job.ids.slice(job.at, job.at + CHUNK);
  job.at += CHUNK;
  if (slice.length) job.server.to(slice).emit(LiveEvent.changed, job.change);
  if (job.at >= job.ids.length) queue.shift();
  setImmediate(drain);
}
