// Reads a .cpuprofile and says where the time went: the top functions by self time, and self time per package.
import { readFileSync } from 'node:fs';

function owner(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.includes('/apps/api/')) return 'api code';
  if (url.includes('/libs/contracts/')) return '@mufakat/contracts';
  return url.replace(/^file:\/\//, '');
}

export function summariseProfile(file, top = 15) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let total = 0;
  // Every sample weighs the mean interval: a long gap (the profiler itself starting or stopping) is not charged
  // to whatever frame happened to be sampled after it.
  const dt = (profile.endTime - profile.startTime) / 1000 / Math.max(profile.samples.length, 1);
  for (const sample of profile.samples) {
    self.set(sample, (self.get(sample) ?? 0) + dt);
    total += dt;
  }
  const frames = new Map();
  const packages = new Map();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const name =
      `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/apps\//, 'apps/')}:${lineNumber + 1}` : ''}`.trim();
    frames.set(name, (frames.get(name) ?? 0) + ms);
    const pkg = owner(url, functionName || '');
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
  }
  // Which api function the work was done for: the nearest caller in the api's own code (async continuations
  // included, as V8 reports them), else the outermost package on the stack.
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const callers = new Map();
  for (const [id, ms] of self) {
    let key = null;
    let outermost = null;
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url, lineNumber } = byId.get(at).callFrame;
      if (url.includes('/apps/api/dist/')) {
        key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/apps\/api\/dist\//, '')}:${lineNumber + 1}`;
        break;
      }
      if (url && !url.startsWith('node:')) outermost = owner(url, functionName);
    }
    const name = byId.get(id).callFrame.functionName;
    if (name === '(idle)') continue;
    key ??= outermost ? `(no api frame; via ${outermost})` : name || '(native)';
    callers.set(key, (callers.get(key) ?? 0) + ms);
  }
  const busy = total - (packages.get('(idle)') ?? 0);
  const rank = (map) =>
    [...map.entries()]
      .filter(([name]) => !name.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), percentOfBusy: Math.round((ms / Math.max(busy, 1)) * 1000) / 10 }));
  return { totalMs: Math.round(total), busyMs: Math.round(busy), topFunctions: rank(frames), byPackage: rank(packages), byApiCaller: rank(callers) };
}
