// `npm start`: builds whatever is not built yet (saying so), then runs the api, which serves both web apps.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const outputs = {
  '@mufakat/contracts': 'libs/contracts/dist/index.js',
  '@mufakat/api': 'apps/api/dist/main.js',
  '@mufakat/audience': 'apps/audience/dist/index.html',
  // The projector's page came later than the console's: a console built before it is built again.
  '@mufakat/console': 'apps/console/dist/projector.html',
};

const missing = Object.entries(outputs)
  .filter(([, file]) => !existsSync(join(root, file)))
  .map(([project]) => project);

if (missing.length > 0) {
  console.log(`Not built yet: ${missing.join(', ')}. Building them now (first start only, about a minute)...`);
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', `--projects=${missing.join(',')}`, '--outputStyle=static'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (build.status !== 0) {
    console.error('The build failed; see the output above.');
    process.exit(build.status ?? 1);
  }
}

const api = spawn(process.execPath, [join(root, outputs['@mufakat/api'])], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
