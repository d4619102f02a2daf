// Fails the build when the attendee app's first load outgrows what a cheap phone on mobile data should download.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// The first load of a phone over mobile data: 50 KB gzipped, the product's promise to attendees.
const BUDGET_BYTES = 50 * 1024;
const distDir = fileURLToPath(new URL('../dist', import.meta.url));
const assetsDir = join(distDir, 'assets');

let html;
let files;
try {
  html = readFileSync(join(distDir, 'index.html'), 'utf8');
  files = readdirSync(assetsDir)
    .filter((name) => /\.(js|css)$/.test(name))
    .sort();
} catch {
  console.error(`check-size: ${distDir} not built; run "vite build" first.`);
  process.exit(1);
}

// What index.html itself loads (entry script, preloaded chunks, styles) is the first load; a chunk imported
// on demand (a page only some attendees open) is paid by those who open it.
const firstLoad = new Set([...html.matchAll(/(?:src|href)="\/?assets\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]));
if (firstLoad.size === 0) {
  console.error('check-size: index.html loads no .js or .css asset.');
  process.exit(1);
}

const gzipped = (name) => gzipSync(readFileSync(join(assetsDir, name)), { level: 9 }).length;
let total = 0;
for (const name of files) {
  const size = gzipped(name);
  const first = firstLoad.has(name);
  if (first) total += size;
  console.log(`${String(size).padStart(8)} B  ${name}${first ? '' : '  (on demand)'}`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`${String(total).padStart(8)} B  first load, gzipped JS+CSS (${(total / 1024).toFixed(1)} KB), ${verdict} the ${BUDGET_BYTES} B budget`);
if (total > BUDGET_BYTES) process.exit(1);
