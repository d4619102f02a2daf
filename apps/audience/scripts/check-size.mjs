// Fails the build when the attendee app outgrows what a cheap phone on mobile data should download.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// The first load of a phone over mobile data: 50 KB gzipped, the product's promise to attendees.
const BUDGET_BYTES = 50 * 1024;
const assetsDir = fileURLToPath(new URL('../dist/assets', import.meta.url));

let files;
try {
  files = readdirSync(assetsDir)
    .filter((name) => /\.(js|css)$/.test(name))
    .sort();
} catch {
  console.error(`check-size: ${assetsDir} not found; run "vite build" first.`);
  process.exit(1);
}

let total = 0;
for (const name of files) {
  const size = gzipSync(readFileSync(join(assetsDir, name)), { level: 9 }).length;
  total += size;
  console.log(`${String(size).padStart(8)} B  ${name}`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`${String(total).padStart(8)} B  total gzipped JS+CSS (${(total / 1024).toFixed(1)} KB), ${verdict} the ${BUDGET_BYTES} B budget`);
if (files.length === 0) {
  console.error('check-size: no .js or .css assets found.');
  process.exit(1);
}
if (total > BUDGET_BYTES) process.exit(1);
