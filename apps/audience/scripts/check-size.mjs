// Fails the build when the attendee app's first load outgrows what a cheap phone on mobile data should download.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// The first load of a phone over mobile data: 50 KB gzipped, the product's promise to attendees.
const BUDGET_BYTES = 50 * 1024;
const distDir = fileURLToPath(new URL('../dist', import.meta.url));
const assetsDir = join(distDir, 'assets');

let files;
let html;
try {
  files = readdirSync(assetsDir)
    .filter((name) => /\.(js|css)$/.test(name))
    .sort();
  html = readFileSync(join(distDir, 'index.html'), 'utf8');
} catch {
  console.error(`check-size: ${distDir} not complete; run "vite build" first.`);
  process.exit(1);
}

// What index.html loads (its script, its module preloads, its style sheets) is the first load; the rest are
// chunks a page imports when it is opened (the public version and verification pages).
const firstLoad = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]));
let total = 0;
for (const name of files) {
  const size = gzipSync(readFileSync(join(assetsDir, name)), { level: 9 }).length;
  const first = firstLoad.has(name);
  if (first) total += size;
  console.log(`${String(size).padStart(8)} B  ${name}${first ? '' : '  (loaded when needed)'}`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`${String(total).padStart(8)} B  first load, gzipped JS+CSS (${(total / 1024).toFixed(1)} KB), ${verdict} the ${BUDGET_BYTES} B budget`);
if (firstLoad.size === 0 || ![...firstLoad].every((name) => files.includes(name))) {
  console.error('check-size: index.html loads no assets, or assets that are missing.');
  process.exit(1);
}
if (total > BUDGET_BYTES) process.exit(1);
