/** No body or payload of ours nests deeper than a few levels; class-transformer recurses, so depth is capped first. */
export const MAX_INPUT_DEPTH = 16;

/** How many problems one refusal names at most. */
const MAX_PROBLEMS = 10;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** An object as JSON.parse or a query-string parser makes it; not an array, a Buffer, a typed array, a Date… */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export const isBinary = (value: unknown): boolean => value instanceof ArrayBuffer || ArrayBuffer.isView(value);

/**
 * Keys that reach an object's prototype when assigned. class-transformer drops `__proto__` and `constructor` silently
 * and class-validator's whitelist misses `constructor` and `prototype`, so a payload carrying them was accepted with
 * the key ignored, not refused as every other unknown field is.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function textProblem(text: string): string | null {
  // PostgreSQL cannot store U+0000 in text, and a lone surrogate is no character at all (jsonb refuses it).
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text (it has a lone surrogate)';
  return null;
}

/**
 * What is wrong with input that class-validator would not see or would choke on: NUL characters and lone
 * surrogates in any string (keys included), nesting deeper than MAX_INPUT_DEPTH, and binary or other non-JSON
 * values. One message per problem, named by its path like class-validator's (`agenda.2.title: …`).
 */
export function plainInputProblems(input: unknown): string[] {
  const problems: string[] = [];
  // Iterative, so hostile nesting cannot overflow the stack here either.
  const pending: Array<{ value: unknown; path: string; depth: number }> = [{ value: input, path: '', depth: 0 }];
  while (pending.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value, path, depth } = pending.pop() as { value: unknown; path: string; depth: number };
    const name = path || 'payload';
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) problems.push(`${name}: ${problem}`);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      problems.push(`${name}: nested too deeply (at most ${MAX_INPUT_DEPTH} levels)`);
      continue;
    }
    if (!Array.isArray(value) && !isPlainObject(value)) {
      problems.push(`${name}: ${isBinary(value) ? 'binary data is not accepted' : 'must be plain JSON data'}`);
      continue;
    }
    // Reversed onto the stack, so problems are named in the input's order.
    for (const [key, child] of Object.entries(value).reverse()) {
      const keyProblem = PROTOTYPE_KEYS.has(key) ? `must not be "${key}"` : textProblem(key);
      if (keyProblem) problems.push(`${name}: a field name ${keyProblem}`);
      else pending.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return problems;
}
