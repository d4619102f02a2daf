// Diagnostic (`--experiment=query-tally`): counts every pg query by its first words and writes the tally to
// /tmp/query-tally-<pid>.json every 5 s, to see which statements a scenario runs per operation.
'use strict';
const { writeFileSync } = require('node:fs');
const { Client } = require('pg');
const tally = new Map();
const original = Client.prototype.query;
Client.prototype.query = function query(config, ...rest) {
  const text = typeof config === 'string' ? config : config && config.text;
  const key = String(text || '?')
    .replace(/\s+/g, ' ')
    .slice(0, 90);
  tally.set(key, (tally.get(key) || 0) + 1);
  return original.call(this, config, ...rest);
};
setInterval(
  () =>
    writeFileSync(
      `/tmp/query-tally-${process.pid}.json`,
      JSON.stringify(
        [...tally].sort((a, b) => b[1] - a[1]),
        null,
        1,
      ),
    ),
  5000,
).unref();
