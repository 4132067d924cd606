/**
 * Checks that a collector's answer has the shape docs/collector-api.md gives, before an element
 * renders it. Answers are untrusted (a proxy, an older collector, a wrong URL): each problem names
 * the JSON Pointer of the value in the answer. No DOM.
 */
import { pointer } from '../core/problems.js';
import type { Problem } from '../core/types.js';

type Check = (value: unknown, path: string, problems: Problem[]) => void;

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;

const expect = (ok: boolean, what: string): Check => (value, path, problems) => {
  if (!ok) problems.push({ path, message: `Expected ${what}, found ${describe(value)}.` });
};

export const text: Check = (value, path, problems) => expect(typeof value === 'string', 'text')(value, path, problems);
export const optionalText: Check = (value, path, problems) => {
  if (value !== undefined && value !== null) text(value, path, problems);
};
export const count: Check = (value, path, problems) =>
  expect(typeof value === 'number' && Number.isInteger(value) && value >= 0, 'a whole number, 0 or more')(value, path, problems);
export const flag: Check = (value, path, problems) => expect(typeof value === 'boolean', 'true or false')(value, path, problems);
export const oneOf =
  (...allowed: string[]): Check =>
  (value, path, problems) => {
    if (!allowed.includes(value as string)) problems.push({ path, message: `Expected one of ${allowed.join(', ')}.` });
  };

export const object =
  (fields: Record<string, Check>): Check =>
  (value, path, problems) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ path, message: `Expected an object, found ${describe(value)}.` });
      return;
    }
    for (const [key, check] of Object.entries(fields)) check((value as Record<string, unknown>)[key], path + pointer(key), problems);
  };

export const list =
  (each: Check, max = 10_000): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) {
      problems.push({ path, message: `Expected a list, found ${describe(value)}.` });
      return;
    }
    if (value.length > max) problems.push({ path, message: `Expected at most ${max} entries, found ${value.length}.` });
    value.slice(0, max).forEach((item, index) => each(item, path + pointer(index), problems));
  };

export const optional =
  (check: Check): Check =>
  (value, path, problems) => {
    if (value !== undefined) check(value, path, problems);
  };

/** Problems of `value` against `check`, at most 20 (an answer of the wrong kind would give thousands). */
export function problemsOf(value: unknown, check: Check): Problem[] {
  const problems: Problem[] = [];
  check(value, '', problems);
  return problems.slice(0, 20);
}

const status = oneOf('open', 'closed', 'released');
const minimums = object({ pool: count, allRaters: count, comments: count });

export const setupResultShape = object({
  id: text,
  leaderName: text,
  closesOn: text,
  tokens: object({ facilitator: text, leader: text, raters: list(object({ ref: text, group: text, token: text })) }),
});

export const meShape = object({
  role: oneOf('facilitator', 'leader', 'rater', 'cohort-lead'),
  assessment: object({
    id: text,
    leaderName: text,
    closesOn: text,
    status,
    frameworkId: text,
    includeSupplementary: flag,
    groups: list(object({ id: text, label: text, minimum: count })),
    minimums,
  }),
  rater: optional(object({ group: text, groupLabel: text, minimum: count })),
  leader: optional(object({ selfSubmitted: flag })),
});

export const progressShape = object({
  status,
  closesOn: text,
  self: flag,
  groups: list(object({ id: text, label: text, invited: count, responded: count })),
  invited: count,
  responded: count,
  allRatersMinimum: count,
});

export const unusedShape = object({ invitations: list(object({ ref: text, group: text, contact: optionalText })) });

const notReleased = object({ state: oneOf('not-released'), status, responded: count, invited: count, self: flag });
/** The released result itself is validated by `<lpc-report>` against aggregate-result.schema.json. */
const released = object({ state: oneOf('released'), result: object({}) });

export const reportShape: Check = (value, path, problems) => {
  const state = value && typeof value === 'object' ? (value as { state?: unknown }).state : undefined;
  if (state === 'released') released(value, path, problems);
  else if (state === 'not-released') notReleased(value, path, problems);
  else problems.push({ path: path + '/state', message: 'Expected "released" or "not-released".' });
};
