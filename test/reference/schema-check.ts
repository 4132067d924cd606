/**
 * The reference JSON Schema checker (draft-07 subset): a straightforward interpreter of the generated
 * schemas, kept for the tests. The code that runs in the product is compiled from the same schemas
 * at build time (src/generated/validators.ts); test/node/schema-check.test.ts requires both to give
 * exactly the same errors, and the same verdicts and paths as Ajv.
 */
import type { Schema, SchemaError } from '../../src/core/schema-check.js';

export type { Schema, SchemaError };

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);
const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeOf(value) === type;
}

interface PathNode {
  parent: PathNode | null;
  /** Already escaped for a JSON Pointer. */
  key: string;
}

function pointerOf(node: PathNode | null): string {
  const keys: string[] = [];
  for (let at = node; at; at = at.parent) keys.push(at.key);
  return keys.length ? '/' + keys.reverse().join('/') : '';
}

/** Checks `data` against `root`; returns every error found (empty when valid). */
export function checkSchema(root: Schema, data: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  const patterns = new Map<string, RegExp>();
  const resolve = (schema: Schema): Schema => {
    let current = schema;
    for (let depth = 0; current.$ref && depth < 20; depth++) {
      const name = decodeURIComponent(current.$ref.replace('#/definitions/', ''));
      current = root.definitions?.[name] ?? {};
    }
    return current;
  };

  // Paths are a linked list, turned into a JSON Pointer only when there is an error to report:
  // valid files (the common case) build no strings.
  const visit = (raw: Schema, value: unknown, path: PathNode | null, out: SchemaError[]): void => {
    const schema = resolve(raw);
    const push = (keyword: string, params: Record<string, unknown>, message: string) =>
      out.push({ instancePath: pointerOf(path), keyword, params, message });

    if (schema.anyOf) {
      const branchErrors: SchemaError[] = [];
      const passes = schema.anyOf.some((branch) => {
        const own: SchemaError[] = [];
        visit(branch, value, path, own);
        branchErrors.push(...own);
        return own.length === 0;
      });
      if (!passes) {
        out.push(...branchErrors);
        push('anyOf', {}, 'must match a schema in anyOf');
      }
      return;
    }
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((type) => matchesType(value, type))) {
        push('type', { type: types.join(',') }, `must be ${types.join(',')}`);
        return; // further keywords would only repeat the same problem
      }
    }
    if (hasOwn(schema, 'const') && value !== schema.const) {
      push('const', { allowedValue: schema.const }, 'must be equal to constant');
    }
    if (schema.enum && !schema.enum.includes(value)) {
      push('enum', { allowedValues: schema.enum }, 'must be equal to one of the allowed values');
    }
    if (typeof value === 'string') {
      if (schema.maxLength !== undefined && value.length > schema.maxLength) {
        push('maxLength', { limit: schema.maxLength }, `must NOT have more than ${schema.maxLength} characters`);
      } else if (schema.pattern !== undefined) {
        let pattern = patterns.get(schema.pattern);
        if (!pattern) patterns.set(schema.pattern, (pattern = new RegExp(schema.pattern, 'u')));
        if (!pattern.test(value)) push('pattern', { pattern: schema.pattern }, `must match pattern "${schema.pattern}"`);
      }
      if (schema.minLength !== undefined && value.length < schema.minLength) {
        push('minLength', { limit: schema.minLength }, `must NOT have fewer than ${schema.minLength} characters`);
      }
    }
    if (typeof value === 'number') {
      if (schema.minimum !== undefined && value < schema.minimum) push('minimum', { limit: schema.minimum }, `must be >= ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum) push('maximum', { limit: schema.maximum }, `must be <= ${schema.maximum}`);
    }
    if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems) {
        push('minItems', { limit: schema.minItems }, `must NOT have fewer than ${schema.minItems} items`);
      }
      if (schema.maxItems !== undefined && value.length > schema.maxItems) {
        push('maxItems', { limit: schema.maxItems }, `must NOT have more than ${schema.maxItems} items`);
        return; // do not walk a million entries
      }
      if (schema.items) value.forEach((entry, i) => visit(schema.items!, entry, { parent: path, key: String(i) }, out));
    }
    if (typeOf(value) === 'object') {
      const object = value as Record<string, unknown>;
      for (const key of schema.required ?? []) {
        if (!hasOwn(object, key) || object[key] === undefined) push('required', { missingProperty: key }, `must have required property '${key}'`);
      }
      const properties = schema.properties ?? {};
      for (const key of Object.keys(object)) {
        if (object[key] === undefined) continue; // as in JSON (and Ajv): an undefined property is absent
        const child = { parent: path, key: escape(key) };
        if (hasOwn(properties, key)) visit(properties[key], object[key], child, out);
        else if (schema.additionalProperties === false) {
          push('additionalProperties', { additionalProperty: key }, 'must NOT have additional properties');
        } else if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, object[key], child, out);
      }
    }
  };

  visit(root, data, null, errors);
  return errors;
}
