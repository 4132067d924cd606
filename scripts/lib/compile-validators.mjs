// Compiles the generated JSON Schemas (draft-07 subset) into plain TypeScript validator functions,
// written once at build time into src/generated/validators.ts: no code is generated at run time
// (no eval, no new Function), so a strict CSP holds, and a bundle keeps only the validators it uses.
//
// Each schema node becomes a function `(v, p, e) => boolean`. With `e === null` (the fast check) it
// builds no strings and no objects and returns false (a child's problem is noted and the walk goes
// on: fewer bytes than returning at once, and only invalid files pay); with an array it pushes
// every error, in Ajv's shape, with JSON Pointer `p`, and the same order as the reference checker
// (test/reference/schema-check.ts). A file is checked fast first, and again with errors only when
// it is invalid.

/** Keywords the compiler understands; any other in a schema stops the build. */
export const SUPPORTED_KEYWORDS = [
  'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'anyOf', 'pattern',
  'minLength', 'maxLength', 'minItems', 'maxItems', 'minimum', 'maximum', '$ref', 'definitions',
];
const DOCUMENTATION = ['description', 'title', '$id', '$schema'];

const lit = (value) => JSON.stringify(value);

/** Records one error, worded as Ajv words it (problems.ts turns it into plain English). */
const FAIL = `function fail(e: SchemaError[], instancePath: string, keyword: string, params: Record<string, any>): void {
  let message: string;
  switch (keyword) {
    case 'type': message = \`must be \${params.type}\`; break;
    case 'const': message = 'must be equal to constant'; break;
    case 'enum': message = 'must be equal to one of the allowed values'; break;
    case 'maxLength': message = \`must NOT have more than \${params.limit} characters\`; break;
    case 'minLength': message = \`must NOT have fewer than \${params.limit} characters\`; break;
    case 'pattern': message = \`must match pattern "\${params.pattern}"\`; break;
    case 'minimum': message = \`must be >= \${params.limit}\`; break;
    case 'maximum': message = \`must be <= \${params.limit}\`; break;
    case 'minItems': message = \`must NOT have fewer than \${params.limit} items\`; break;
    case 'maxItems': message = \`must NOT have more than \${params.limit} items\`; break;
    case 'required': message = \`must have required property '\${params.missingProperty}'\`; break;
    case 'additionalProperties': message = 'must NOT have additional properties'; break;
    default: message = 'must match a schema in anyOf';
  }
  e.push({ instancePath, keyword, params, message });
}`;

/** Checks required properties: false at the first missing one (fast check), or records each. */
const REQUIRED = `function required(v: any, p: string | null, e: SchemaError[] | null, keys: readonly string[]): boolean {
  let ok = true;
  for (const key of keys) {
    if (v[key] === undefined || !Object.prototype.hasOwnProperty.call(v, key)) {
      if (e === null) return false;
      fail(e, p!, 'required', { missingProperty: key });
      ok = false;
    }
  }
  return ok;
}`;
const escapeKey = (key) => key.replace(/~/g, '~0').replace(/\//g, '~1');

const TYPE_TEST = {
  null: (v) => `${v} === null`,
  array: (v) => `Array.isArray(${v})`,
  object: (v) => `(typeof ${v} === 'object' && ${v} !== null && !Array.isArray(${v}))`,
  string: (v) => `typeof ${v} === 'string'`,
  boolean: (v) => `typeof ${v} === 'boolean'`,
  number: (v) => `(typeof ${v} === 'number' && Number.isFinite(${v}))`,
  integer: (v) => `Number.isInteger(${v})`,
};

/**
 * @param roots Array of { name, schema, doc, quick } (each schema with its own `definitions`); with
 *   `quick`, the export is the fast check alone (`(value) => boolean`), for a caller's fast path
 * @returns TypeScript source text
 */
export function compileValidators(roots) {
  const functions = new Map(); // JSON of node (with its root for $ref) -> { name, code }
  const patterns = new Map(); // pattern -> constant name
  let counter = 0;

  function patternConst(pattern) {
    if (!patterns.has(pattern)) patterns.set(pattern, `PATTERN_${patterns.size}`);
    return patterns.get(pattern);
  }

  function compile(node, root, rootId) {
    for (const key of Object.keys(node)) {
      if (!SUPPORTED_KEYWORDS.includes(key) && !DOCUMENTATION.includes(key)) throw new Error(`Unsupported schema keyword "${key}"`);
    }
    if (node.$ref) {
      const name = decodeURIComponent(node.$ref.replace('#/definitions/', '')); // e.g. Record%3Cstring%2Cnumber%3E
      const target = root.definitions?.[name];
      if (!target) throw new Error(`Unresolved $ref ${node.$ref}`);
      return compile(target, root, rootId);
    }
    // Nodes without $ref inside compile the same whatever the root; those with refs are per root.
    const key = (JSON.stringify(node).includes('"$ref"') ? rootId + ':' : '') + JSON.stringify(node);
    if (functions.has(key)) return functions.get(key).name;
    const name = `v${counter++}`;
    functions.set(key, { name, code: '' });
    functions.get(key).code = body(node, root, rootId, name);
    return name;
  }

  // The message is worked out by `fail` from the keyword and its parameters, as Ajv words it.
  function errorPush(keyword, params) {
    return `fail(e, p!, ${lit(keyword)}, ${params});`;
  }
  const requiredLists = new Map(); // JSON of a required list -> constant name

  /** A check that, when `bad` holds, fails fast or records the error and carries on. */
  function check(bad, keyword, params) {
    return `  if (${bad}) {\n    if (e === null) return false;\n    ${errorPush(keyword, params)}\n    ok = false;\n  }\n`;
  }

  /**
   * The fast check of a plain object: one for-in over its keys (no array of keys, no hasOwn call),
   * each known property read by name, required ones ticked off in a bit mask. It may say "invalid"
   * where the full check finds nothing (a property set to undefined, say); the full check then
   * decides. Objects that are not plain (another prototype), or an Object.prototype with enumerable
   * properties, go to the full check at once, so an inherited property never passes for an own one.
   */
  function fastObject(node, root, rootId, name) {
    const keys = Object.keys(node).filter((k) => !DOCUMENTATION.includes(k));
    if (node.type !== 'object' || keys.some((k) => !['type', 'properties', 'required', 'additionalProperties', 'definitions'].includes(k))) return '';
    const properties = Object.entries(node.properties ?? {});
    const required = node.required ?? [];
    if (required.length > 30 || required.some((key) => !node.properties?.[key])) return '';
    let cases = '';
    for (const [key, child] of properties) {
      const fn = compile(child, root, rootId);
      const bit = required.indexOf(key);
      cases += `      case ${lit(key)}: {\n        const x = v[${lit(key)}];\n        if (x === undefined) break;\n${bit >= 0 ? `        seen |= ${1 << bit};\n` : ''}        if (!${fn}(x, null, null)) return false;\n        break;\n      }\n`;
    }
    const additional = node.additionalProperties;
    let otherwise = '        break;\n';
    if (additional === false) otherwise = '        return false;\n';
    else if (additional && typeof additional === 'object') {
      otherwise = `        if (v[k] !== undefined && !${compile(additional, root, rootId)}(v[k], null, null)) return false;\n        break;\n`;
    }
    return `  if (e === null) {\n` +
      `    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;\n` +
      `    if (Object.getPrototypeOf(v) !== Object.prototype || prototypeHasKeys) return ${name}(v, '', []);\n` +
      `    let seen = 0;\n    for (const k in v) {\n      switch (k) {\n${cases}      default:\n${otherwise}      }\n    }\n` +
      `    return seen === ${(2 ** required.length) - 1};\n  }\n`;
  }

  function body(node, root, rootId, name) {
    let out = `function ${name}(v: any, p: string | null, e: SchemaError[] | null): boolean {\n`;
    out += fastObject(node, root, rootId, name);
    if (node.anyOf) {
      const branches = node.anyOf.map((branch) => compile(branch, root, rootId));
      out += `  if (${branches.map((b) => `${b}(v, p, null)`).join(' || ')}) return true;\n`;
      out += `  if (e === null) return false;\n`;
      out += branches.map((b) => `  ${b}(v, p, e);\n`).join('');
      out += `  ${errorPush('anyOf', '{}')}\n  return false;\n}\n`;
      return out;
    }
    out += `  let ok = true;\n`;
    let known = null; // the value's type once the type check has passed, when there is only one
    if (node.type !== undefined) {
      const types = Array.isArray(node.type) ? node.type : [node.type];
      const test = types.map((t) => TYPE_TEST[t]('v')).join(' || ');
      out += `  if (!(${test})) {\n    if (e !== null) ${errorPush('type', `{ type: ${lit(types.join(','))} }`)}\n    return false;\n  }\n`;
      if (types.length === 1) known = types[0] === 'integer' ? 'number' : types[0];
    }
    if (Object.prototype.hasOwnProperty.call(node, 'const')) {
      out += check(`v !== ${lit(node.const)}`, 'const', `{ allowedValue: ${lit(node.const)} }`);
    }
    if (node.enum) {
      out += check(node.enum.map((value) => `v !== ${lit(value)}`).join(' && '), 'enum', `{ allowedValues: ${lit(node.enum)} }`);
    }
    const guard = (type, test, inner) => (!inner ? '' : known === type ? inner : known === null ? `  if (${test}) {\n${inner}  }\n` : '');
    // Strings: maxLength, else pattern (a 5 MB string is not matched against a pattern); minLength.
    let strings = '';
    const long = node.maxLength !== undefined
      ? `  if (v.length > ${node.maxLength}) {\n    if (e === null) return false;\n    ${errorPush('maxLength', `{ limit: ${node.maxLength} }`)}\n    ok = false;\n  }`
      : '';
    const pattern = node.pattern !== undefined
      ? `  if (!${patternConst(node.pattern)}.test(v)) {\n    if (e === null) return false;\n    ${errorPush('pattern', `{ pattern: ${lit(node.pattern)} }`)}\n    ok = false;\n  }`
      : '';
    if (long || pattern) strings += (long && pattern ? `${long} else ${pattern.trimStart()}` : long || pattern) + '\n';
    if (node.minLength !== undefined) {
      strings += check(`v.length < ${node.minLength}`, 'minLength', `{ limit: ${node.minLength} }`);
    }
    out += guard('string', `typeof v === 'string'`, strings);
    let numbers = '';
    if (node.minimum !== undefined) numbers += check(`v < ${node.minimum}`, 'minimum', `{ limit: ${node.minimum} }`);
    if (node.maximum !== undefined) numbers += check(`v > ${node.maximum}`, 'maximum', `{ limit: ${node.maximum} }`);
    out += guard('number', `typeof v === 'number'`, numbers);
    let arrays = '';
    if (node.minItems !== undefined) arrays += check(`v.length < ${node.minItems}`, 'minItems', `{ limit: ${node.minItems} }`);
    if (node.maxItems !== undefined) {
      // Too many entries: stop here rather than walk a million of them.
      arrays += `  if (v.length > ${node.maxItems}) {\n    if (e !== null) ${errorPush('maxItems', `{ limit: ${node.maxItems} }`)}\n    return false;\n  }\n`;
    }
    if (node.items) {
      const item = compile(node.items, root, rootId);
      arrays += `  for (let i = 0; i < v.length; i++) ok = ${item}(v[i], e && p + '/' + i, e) && ok;\n`;
    }
    out += guard('array', 'Array.isArray(v)', arrays);
    let objects = '';
    if (node.required?.length) {
      const list = lit(node.required);
      if (!requiredLists.has(list)) requiredLists.set(list, `REQUIRED_${requiredLists.size}`);
      objects += `  if (!required(v, p, e, ${requiredLists.get(list)})) {\n    if (e === null) return false;\n    ok = false;\n  }\n`;
    }
    const properties = Object.entries(node.properties ?? {});
    const additional = node.additionalProperties;
    if (properties.length || additional !== undefined) {
      let cases = '';
      for (const [key, child] of properties) {
        const fn = compile(child, root, rootId);
        cases += `      case ${lit(key)}:\n        ok = ${fn}(x, e && p + ${lit('/' + escapeKey(key))}, e) && ok;\n        break;\n`;
      }
      let otherwise = '';
      if (additional === false) {
        otherwise = `        if (e === null) return false;\n        ${errorPush('additionalProperties', '{ additionalProperty: k }')}\n        ok = false;\n`;
      } else if (additional && typeof additional === 'object') {
        const fn = compile(additional, root, rootId);
        otherwise = `        ok = ${fn}(x, e && p + '/' + escapePointer(k), e) && ok;\n`;
      }
      if (cases || otherwise) {
        objects += `  for (const k of Object.keys(v)) {\n    const x = v[k];\n    if (x === undefined) continue; // as in JSON (and Ajv): an undefined property is absent\n    switch (k) {\n${cases}      default:\n${otherwise}    }\n  }\n`;
      }
    }
    out += guard('object', TYPE_TEST.object('v'), objects);
    out += `  return ok;\n}\n`;
    return out;
  }

  const exports = roots.map(({ name, schema, doc, quick }) => {
    const fn = compile(schema, schema, name);
    if (quick) {
      // The fast check alone: no errors, no allocation. It may say false for a value the full check
      // accepts (see fastObject), so a caller treats false as "check it fully", never as "invalid".
      return `/** ${doc} True only when the value is valid; false means "not shown valid here": check it fully. */\n` +
        `export function ${name}(value: unknown): boolean {\n  prototypeHasKeys = hasEnumerableKeys(Object.prototype);\n  return ${fn}(value, '', null);\n}\n`;
    }
    return `/** ${doc} Returns every error found, in Ajv's shape; an empty list when the value is valid. */\n` +
      `export function ${name}(value: unknown): SchemaError[] {\n  prototypeHasKeys = hasEnumerableKeys(Object.prototype);\n  if (${fn}(value, '', null)) return [];\n  const errors: SchemaError[] = [];\n  ${fn}(value, '', errors);\n  return errors;\n}\n`;
  });

  const code = [...functions.values()].map((f) => f.code).join('\n');
  const helpers = [
    FAIL,
    '/** Set by each check: true when Object.prototype has enumerable properties (then every object gets the full check). */',
    'let prototypeHasKeys = false;',
    'function hasEnumerableKeys(object: object): boolean {\n  for (const key in object) return key !== undefined;\n  return false;\n}',
    code.includes('required(') ? REQUIRED : '',
    ...[...requiredLists].map(([list, name]) => `const ${name} = ${list};`),
    code.includes('escapePointer(') ? "const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\\//g, '~1');" : '',
    ...[...patterns].map(([pattern, name]) => `const ${name} = new RegExp(${lit(pattern)}, 'u');`),
  ].filter(Boolean);
  return ["import type { SchemaError } from '../core/schema-check.js';", '', ...helpers, '', code, ...exports].join('\n');
}
