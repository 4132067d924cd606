import type { SchemaError } from './schema-check.js';
import type { Problem, Validated } from './types.js';

/** Escapes one property name for a JSON Pointer (RFC 6901). */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins a JSON Pointer from its segments: `pointer('themes', 2, 'id')` is `/themes/2/id`. */
export function pointer(...segments: Array<string | number>): string {
  return segments.map((s) => '/' + pointerSegment(s)).join('');
}

/** Shortens untrusted text before quoting it in a message (a 5 MB string must not become a 5 MB message). */
export function quote(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return `"${text.length > max ? text.slice(0, max) + '…' : text}"`;
}

function describeType(value: unknown): string {
  if (value === undefined) return 'nothing'; // a hole in a list, which only code (not JSON) can make
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

function expectedType(type: unknown): string {
  const names: Record<string, string> = {
    string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false',
    object: 'an object', array: 'a list', null: 'null',
  };
  const list = Array.isArray(type) ? type : String(type).split(',');
  return list.map((t) => names[t] ?? t).join(' or ');
}

/** The keys a JSON Pointer names, unescaped: `/a~1b/0` is `['a/b', '0']`; `''` (the root) is `[]`. */
export function pointerKeys(path: string): string[] {
  return path === '' ? [] : path.slice(1).split('/').map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Reads the value a JSON Pointer points at; `undefined` when it does not exist. */
export function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of pointerKeys(path)) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) {
      return undefined;
    }
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Turns schema errors into plain-English problems, one per path, each saying what was expected
 * and how to fix it. `anyOf` branches at one path collapse into a single problem.
 */
export function problemsFromSchemaErrors(errors: SchemaError[] | null | undefined, data: unknown): Problem[] {
  if (!errors) return [];
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const at = error.instancePath;
    if (anyOfPaths.has(at) && error.keyword !== 'anyOf') continue;
    const problem = messageFor(error, data);
    const key = problem.path + '\u0000' + problem.message;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function messageFor(error: SchemaError, data: unknown): Problem {
  const p = error.params;
  const at = error.instancePath;
  const value = valueAt(data, at);
  switch (error.keyword) {
    case 'required':
      return {
        path: at + pointer(String(p.missingProperty)),
        message: `Missing "${String(p.missingProperty)}". Add this property.`,
      };
    case 'additionalProperties':
      return {
        path: at + pointer(String(p.additionalProperty)),
        message: `Unexpected property ${quote(p.additionalProperty, 40)}. Remove it or check its spelling.`,
      };
    case 'type':
      return { path: at, message: `Expected ${expectedType(p.type)}, found ${describeType(value)}.` };
    case 'maxLength':
      return {
        path: at,
        message: `Text is too long: ${typeof value === 'string' ? value.length : '?'} characters, at most ${String(p.limit)} allowed. Shorten it.`,
      };
    case 'minLength':
      return { path: at, message: `Text is too short: at least ${String(p.limit)} characters needed.` };
    case 'pattern':
      return at.endsWith('/date')
        ? { path: at, message: `${quote(value)} is not a date. Use YYYY-MM or YYYY-MM-DD.` }
        : {
            path: at,
            message: `${quote(value)} is not a valid id. Use lower-case letters, digits, "-" and ".", e.g. "being.authenticity".`,
          };
    case 'enum':
    case 'const': {
      const allowed = (p.allowedValues as unknown[] | undefined) ?? [p.allowedValue];
      return { path: at, message: `${quote(value)} is not allowed. Use ${allowed.map((v) => quote(v)).join(' or ')}.` };
    }
    case 'anyOf':
      return at.endsWith('/value')
        ? { path: at, message: `${quote(value)} is not a rating. Use a number of the rating scale or "not-observed".` }
        : { path: at, message: `${quote(value)} does not have an allowed form.` };
    case 'minItems':
      return { path: at, message: `Too few entries: at least ${String(p.limit)} needed.` };
    case 'maxItems':
      return { path: at, message: `Too many entries: at most ${String(p.limit)} allowed.` };
    case 'minimum':
    case 'maximum':
      return { path: at, message: `${quote(value)} is out of range (${error.message ?? ''}).` };
    default:
      return { path: at, message: `${quote(value)}: ${error.message ?? 'is not valid'}.` };
  }
}

/** Checks untrusted JSON with a validator compiled from a generated schema; never throws. */
export function schemaProblems(check: (json: unknown) => SchemaError[], json: unknown): Problem[] {
  try {
    const errors = check(json);
    return errors.length ? problemsFromSchemaErrors(errors, json) : [];
  } catch (error) {
    // e.g. a stack overflow on absurdly deep input: report it, never let it escape.
    return [{ path: '', message: `The file could not be checked (${error instanceof Error ? error.message : String(error)}).` }];
  }
}

/** A failed validation with these problems. */
export function invalid<T>(problems: Problem[]): Validated<T> {
  return { ok: false, problems };
}
