import type { Context } from 'hono';
import { pointerSegment } from '../core/problems.js';
import { fail } from './problems.js';

/** U+0000, or half of a UTF-16 pair on its own: JSON allows them, PostgreSQL text cannot hold them. */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The JSON Pointer of the first key or text in `value` that PostgreSQL cannot store; `null` if none.
 * A loop, not recursion: a hostile body may nest a hundred thousand deep.
 */
function unstorableText(value: unknown): string | null {
  const pending: Array<[unknown, string]> = [[value, '']];
  while (pending.length) {
    const [item, path] = pending.pop()!;
    if (typeof item === 'string') {
      if (UNSTORABLE.test(item)) return path;
    } else if (item && typeof item === 'object') {
      const children: Array<[unknown, string]> = [];
      for (const [key, child] of Object.entries(item)) {
        const at = `${path}/${pointerSegment(key)}`;
        if (UNSTORABLE.test(key)) return at;
        children.push([child, at]);
      }
      // Taken from the end, so pushed last to first: the body's order. (No spread: a list may be long.)
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    }
  }
  return null;
}

/**
 * Reads a JSON object body; a body that is not JSON, or not an object, is a 400 saying so, and so
 * is text the database could not store (which would otherwise fail on every retry).
 */
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
  const unstorable = unstorableText(value);
  if (unstorable !== null) {
    fail(400, 'This text holds a character that cannot be stored (a null character, U+0000, or half of an emoji or other paired character). Remove it and send again.', unstorable);
  }
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
    .map((key) => ({ path: `${path}/${pointerSegment(key)}`, message: `"${key.slice(0, 60)}" is not a field of this request. Remove it.` }));
}
