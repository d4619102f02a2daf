/** A tiny seeded PRNG (mulberry32): the same seed gives the same cases on every run and every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Arrays nested `depth` deep, as JSON text would nest them. */
export function nestedArrays(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function nestedObjects(depth: number): unknown {
  let value: unknown = { x: 1 };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Keys that pollute a prototype when merged naively; JSON.parse makes them own properties, as the server's parser does. */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

function pollution(key: string): unknown {
  const inner = key === 'constructor' ? '{"prototype":{"polluted":"yes"}}' : '{"polluted":"yes","isAdmin":true}';
  return JSON.parse(`{"${key}":${inner}}`);
}

/** A value nothing in our contract accepts where a string goes. */
const badForString = (random: Random): unknown[] => [
  0,
  -1,
  1e21,
  true,
  {},
  [],
  ['a'],
  `a\u0000b`,
  `\ud800 lone high`,
  `lone low \udfff`,
  'x'.repeat(3_000 + Math.floor(random() * 11_000)),
  nestedArrays(2_000),
  nestedObjects(200),
  Buffer.from('binary'),
  new Uint8Array([0, 255, 1]),
];

const badForNumber = (): unknown[] => [
  '15',
  '',
  true,
  -1,
  -2_147_483_649,
  9_007_199_254_740_993,
  1e308,
  -1e308,
  0.5,
  {},
  [1],
  'x'.repeat(12_000),
  Buffer.from([1]),
];

const badForBoolean = (): unknown[] => ['true', 'false', 1, 0, {}, [true], 'x'.repeat(12_000), `t\u0000`, Buffer.from([1])];

const badForArray = (random: Random): unknown[] => [
  'a,b',
  42,
  true,
  {},
  { 0: 'a', length: 1 },
  nestedArrays(2_000),
  Array.from({ length: 5_000 }, () => 0),
  Array.from({ length: 5 }, () => pick(random, [{}, [], 1e21, true, `\u0000`, '\ud800'])),
  Buffer.from('array'),
];

const badForObject = (random: Random): unknown[] => [
  'object',
  7,
  true,
  [],
  [{}],
  nestedObjects(1_500),
  nestedArrays(2_000),
  Buffer.from('{}'),
  pollution(pick(random, POLLUTION_KEYS)),
];

/** Whole payloads that are no object at all. */
export const BAD_TOP_LEVEL: ReadonlyArray<() => unknown> = [
  () => null,
  () => 0,
  () => 'forum',
  () => true,
  () => [],
  () => [{}],
  () => 'x'.repeat(15_000),
  () => nestedArrays(3_000),
  () => nestedObjects(2_000),
  () => Buffer.from('{"reason":"gap"}'),
  () => new Uint8Array(64).buffer,
  () => new Float64Array([1, 2]),
];

function badFor(value: unknown, random: Random): unknown[] {
  if (typeof value === 'string') return badForString(random);
  if (typeof value === 'number') return badForNumber();
  if (typeof value === 'boolean') return badForBoolean();
  if (Array.isArray(value)) return badForArray(random);
  return badForObject(random);
}

export interface HostileCase {
  /** What was done to the valid payload, for the failure message. */
  label: string;
  payload: unknown;
}

/**
 * One payload that no handler may accept, made from a valid one: the whole payload replaced, one field (at any
 * depth) replaced by a value of the wrong kind or a hostile string, a required field left out, or an extra key
 * added (prototype-pollution keys first among them: unknown keys are refused, not dropped).
 * `optional` names the fields (dotted paths) that may be left out, so leaving them out is not a case.
 */
export function hostileCase(valid: Record<string, unknown>, optional: readonly string[], random: Random): HostileCase {
  const paths = fieldPaths(valid);
  const required = paths.filter((path) => !optional.includes(path));
  const roll = random();
  if (roll < 0.15 || paths.length === 0) {
    const make = pick(random, BAD_TOP_LEVEL);
    return { label: `payload replaced by ${describe(make())}`, payload: make() };
  }
  if (roll < 0.7) {
    const path = pick(random, paths);
    const bad = pick(random, badFor(valueAt(valid, path), random));
    return { label: `${path} = ${describe(bad)}`, payload: replaced(valid, path, bad) };
  }
  if (roll < 0.8 && required.length > 0) {
    const path = pick(random, required);
    return { label: `${path} left out`, payload: replaced(valid, path, undefined) };
  }
  const parent = pick(random, ['', ...paths.filter((path) => isRecord(valueAt(valid, path)))]);
  const target = parent ? (valueAt(valid, parent) as Record<string, unknown>) : valid;
  // A key the payload already has is no extra key: JSON keeps the later, valid value of a repeated key.
  const strangers = ['isAdmin', 'forumId', 'role', 'participantId', '$where'].filter((name) => !(name in target));
  const key = random() < 0.7 || strangers.length === 0 ? pick(random, POLLUTION_KEYS) : pick(random, strangers);
  const extra = JSON.parse(`{"${key}":{"polluted":"yes"}}`) as Record<string, unknown>;
  // JSON round trip: an own "__proto__" key survives only in a parsed object, as on the wire.
  const merged = JSON.parse(
    JSON.stringify(target).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(extra[key])}${Object.keys(target).length ? ',' : ''}`),
  );
  return { label: `extra key ${parent ? `${parent}.` : ''}${key}`, payload: parent ? replaced(valid, parent, merged) : merged };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function fieldPaths(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return isRecord(child) ? [path, ...fieldPaths(child, path)] : [path];
  });
}

function valueAt(value: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

/** A copy with the field at `path` set (or removed, for undefined); binary values are kept as they are. */
function replaced(value: Record<string, unknown>, path: string, next: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  const copy: Record<string, unknown> = { ...value };
  if (rest.length === 0) {
    if (next === undefined) delete copy[head];
    else copy[head] = next;
  } else {
    copy[head] = replaced(value[head] as Record<string, unknown>, rest.join('.'), next);
  }
  return copy;
}

function describe(value: unknown): string {
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `binary(${(value as ArrayBuffer).byteLength})`;
  if (typeof value === 'string') return value.length > 40 ? `string(${value.length})` : JSON.stringify(value);
  if (Array.isArray(value)) return `array(${value.length})`;
  if (isRecord(value)) return `object{${Object.keys(value).slice(0, 3).join(',')}}`;
  return String(value);
}
