/**
 * Types shared by the schema validators. The validators themselves are compiled at build time from
 * the generated JSON Schemas into plain functions (`src/generated/validators.ts`, written by
 * `scripts/generate-schemas.mjs`): no code is generated at run time, so a strict CSP holds, and a
 * bundle keeps only the validators it calls. Errors have Ajv's shape, so problems.ts turns them into
 * plain-English messages; test/node/schema-check.test.ts compares them with Ajv.
 */

export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** The JSON Schema keywords the generator emits (draft-07 subset) and the validator compiler supports. */
export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  $ref?: string;
  definitions?: Record<string, Schema>;
}
