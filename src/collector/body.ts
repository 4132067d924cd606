import type { Context } from 'hono';
import { fail } from './problems.js';

/** Reads a JSON object body; a body that is not JSON, or not an object, is a 400 saying so. */
export async function readJsonObject(c: Context, { optional = false } = {}): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (!text.trim()) {
    if (optional) return {};
    fail(400, 'The request has no body. Send a JSON object.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    fail(400, 'The body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(400, 'The body must be a JSON object.');
  return value as Record<string, unknown>;
}

/** Own keys only: a `__proto__` key in JSON is an own property, never the prototype. */
export function has(object: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** Names every key of `object` that is not in `allowed`, as problems at `path/key`. */
export function unknownKeys(object: Record<string, unknown>, allowed: readonly string[], path = '') {
  return Object.keys(object)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ path: `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, message: `"${key.slice(0, 60)}" is not a field of this request. Remove it.` }));
}
