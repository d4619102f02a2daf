// Loaded into a server under test (`node --require bench/lib/probe.cjs`) so the harness can read its heap, CPU and
// event-loop delay over the IPC channel, and record a CPU profile per scenario, without changing the server's code.
'use strict';
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { writeFileSync } = require('node:fs');

if (typeof process.send === 'function') {
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  let cpuMark = process.cpuUsage();
  let wallMark = process.hrtime.bigint();
  let profiler = null;
  // Database round trips: every pg Client.query (BEGIN and COMMIT included), when the server uses pg at all.
  let queries = 0;
  try {
    const { Client } = require(require.resolve('pg', { paths: [process.cwd(), require('node:path').dirname(process.argv[1] || '.')] }));
    const query = Client.prototype.query;
    Client.prototype.query = function countedQuery(...args) {
      queries += 1;
      return query.apply(this, args);
    };
  } catch {
    // not a database client
  }
  let queriesMark = 0;

  const handlers = {
    mark() {
      cpuMark = process.cpuUsage();
      wallMark = process.hrtime.bigint();
      queriesMark = queries;
      lag.reset();
      return {};
    },
    read() {
      const cpu = process.cpuUsage(cpuMark);
      const wallMs = Number(process.hrtime.bigint() - wallMark) / 1e6;
      return {
        wallMs,
        cpuPercent: ((cpu.user + cpu.system) / 1000 / Math.max(wallMs, 1)) * 100,
        systemPercent: (cpu.system / 1000 / Math.max(wallMs, 1)) * 100,
        lagP50Ms: lag.percentile(50) / 1e6,
        lagP99Ms: lag.percentile(99) / 1e6,
        lagMaxMs: lag.max / 1e6,
        queries: queries - queriesMark,
        memory: process.memoryUsage(),
      };
    },
    async gc() {
      // Two full collections with a pause between them, so weak callbacks and finalisers of the first have run.
      if (typeof global.gc !== 'function') return { memory: process.memoryUsage(), collected: false };
      global.gc();
      await new Promise((resolve) => setTimeout(resolve, 200));
      global.gc();
      return { memory: process.memoryUsage(), collected: true };
    },
    heapSnapshot({ file }) {
      return { file: require('node:v8').writeHeapSnapshot(file) };
    },
    async profileStart() {
      const inspector = require('node:inspector');
      profiler = new inspector.Session();
      profiler.connect();
      const post = (method, params) => new Promise((resolve, reject) => profiler.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 1000 });
      await post('Profiler.start');
      profiler.postAsync = post;
      return {};
    },
    async profileStop({ file }) {
      if (!profiler) return { written: false };
      const { profile } = await profiler.postAsync('Profiler.stop');
      profiler.disconnect();
      profiler = null;
      writeFileSync(file, JSON.stringify(profile));
      return { written: true };
    },
  };

  process.on('message', (message) => {
    if (!message || typeof message.probe !== 'string') return;
    Promise.resolve()
      .then(() => handlers[message.probe](message.args || {}))
      .then(
        (result) => process.send({ probeReply: message.id, ok: true, result }),
        (error) => process.send({ probeReply: message.id, ok: false, error: String(error && error.stack) }),
      );
  });
  // The harness going away must not leave a server running on the machine.
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  if (process.channel && typeof process.channel.unref === 'function') process.channel.unref();
}
