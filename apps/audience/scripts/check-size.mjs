// Fails the build when the attendee app outgrows what a cheap phone on mobile data should download: the page a
// scanned QR code opens (the registration form), and the live forum a registered phone opens.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// 50 KB for each, gzip and brotli alike (a phone on the embedded mode's plain http gets gzip), the product's promise to attendees.
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

/** A chunk with what it imports statically, transitively: what loading it downloads. Dynamic imports are not followed. */
function withStaticImports(names) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    if (!name.endsWith('.js')) return;
    for (const [, imported] of readFileSync(join(assetsDir, name), 'utf8').matchAll(/\b(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(imported);
  };
  names.forEach(visit);
  return seen;
}

/** The one built chunk of a lazily loaded module, by the name Vite gives it. */
function chunkOf(prefix) {
  const found = files.filter((name) => name.startsWith(prefix) && name.endsWith('.js'));
  if (found.length !== 1) {
    console.error(`check-size: expected one ${prefix}*.js chunk, found ${found.length}.`);
    process.exit(1);
  }
  return found[0];
}

// What index.html itself loads (entry script, preloaded chunks, styles) is the first load; a chunk imported
// on demand is paid by those who open it.
const firstLoad = withStaticImports([...html.matchAll(/(?:src|href)="\/?assets\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]));
if (firstLoad.size === 0) {
  console.error('check-size: index.html loads no .js or .css asset.');
  process.exit(1);
}
// A registered phone also fetches the live forum and the refusals' words (see pages/live-forum-loader.ts).
const registered = new Set([...firstLoad, ...withStaticImports([chunkOf('LiveForumPage-'), chunkOf('reasons.id-')])]);

/** The bytes the api sends: the variant the build precompressed (see precompress.ts), else the file itself. */
function sent(name, suffix) {
  const path = join(assetsDir, name);
  return existsSync(`${path}.${suffix}`) ? statSync(`${path}.${suffix}`).size : statSync(path).size;
}
const sizes = new Map(files.map((name) => [name, { gzip: sent(name, 'gz'), br: sent(name, 'br') }]));
console.log('    gzip   brotli');
for (const name of files) {
  const when = firstLoad.has(name) ? '' : registered.has(name) ? '  (registered)' : '  (on demand)';
  const { gzip, br } = sizes.get(name);
  console.log(`${String(gzip).padStart(8)} ${String(br).padStart(8)} B  ${name}${when}`);
}
let failed = false;
for (const [journey, names] of [
  ['first load (registration form)', firstLoad],
  ['registered phone (live forum)', registered],
]) {
  for (const encoding of ['gzip', 'br']) {
    const total = [...names].reduce((sum, name) => sum + (sizes.get(name)?.[encoding] ?? 0), 0);
    const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
    console.log(
      `${String(total).padStart(8)} B  ${journey}, JS+CSS over ${encoding} (${(total / 1024).toFixed(1)} KB), ${verdict} the ${BUDGET_BYTES} B budget`,
    );
    if (total > BUDGET_BYTES) failed = true;
  }
}
if (failed) process.exit(1);
