// What the connections of an idle run hold, from the two heap snapshots of `--heap`: nodes grouped by type and
// name (closures also by where they were created: script id, line, column), the change in count and self size
// between the snapshots divided by the connections added, largest first.
//
//   node bench/heap-diff.mjs bench/results/profiles/<name>/api-idle-before.heapsnapshot \
//     bench/results/profiles/<name>/api-idle-after.heapsnapshot <connections added> [rows]
//
// A snapshot of a few thousand connections is a few hundred MB of JSON: give node room (--max-old-space-size=8000).
import { readFileSync } from 'node:fs';

function groups(file) {
  const snapshot = JSON.parse(readFileSync(file, 'utf8'));
  const { node_fields: fields, node_types: nodeTypes, location_fields: locationFields = [] } = snapshot.snapshot.meta;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  const where = new Map();
  const { locations = [] } = snapshot;
  const step = locationFields.length || 4;
  for (let i = 0; i < locations.length; i += step) where.set(locations[i], `@${locations[i + 1]}:${locations[i + 2] + 1}:${locations[i + 3]}`);
  const byKey = new Map();
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = nodeTypes[0][snapshot.nodes[i + typeAt]];
    let name = snapshot.strings[snapshot.nodes[i + nameAt]];
    if (type === 'number') name = '';
    else if (type.includes('string') && name.length > 60) name = `${name.slice(0, 40)}…`;
    const key = type === 'closure' ? `${type}\t${name}${where.get(i) ?? ''}` : `${type}\t${name}`;
    const size = snapshot.nodes[i + sizeAt];
    const group = byKey.get(key) ?? { count: 0, size: 0 };
    group.count += 1;
    group.size += size;
    byKey.set(key, group);
    total += size;
  }
  return { byKey, total };
}

const [before, after, connections, rows = '40'] = process.argv.slice(2);
if (!after || !(Number(connections) > 0)) {
  console.error('usage: node bench/heap-diff.mjs before.heapsnapshot after.heapsnapshot <connections added> [rows]');
  process.exit(1);
}
const a = groups(before);
const b = groups(after);
const per = Number(connections);
const changes = [...new Set([...a.byKey.keys(), ...b.byKey.keys()])].map((key) => {
  const was = a.byKey.get(key) ?? { count: 0, size: 0 };
  const now = b.byKey.get(key) ?? { count: 0, size: 0 };
  return { key, count: (now.count - was.count) / per, bytes: (now.size - was.size) / per };
});
changes.sort((x, y) => Math.abs(y.bytes) - Math.abs(x.bytes));
console.log(`self size per connection: ${((b.total - a.total) / per).toFixed(0)} B`);
console.log('B/connection  count/connection  type  name');
for (const { key, count, bytes } of changes.slice(0, Number(rows))) {
  console.log(`${bytes.toFixed(1).padStart(12)}  ${count.toFixed(2).padStart(16)}  ${key}`);
}
