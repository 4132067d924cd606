import { checkDraft, checkFramework, checkResponse } from '../generated/validators.js';
import { responseRequired } from '../generated/schemas.js';
import type { SchemaError } from './schema-check.js';
import { indexOf, scalePositionOf } from './framework-index.js';
import { pointer, problemsFromSchemaErrors, quote } from './problems.js';
import type { AssessmentResponse, Draft, Framework, Problem, Validated } from './types.js';

/** Size above which a parsed file is refused before validation (the real framework is ~20 kB). */
export const MAX_JSON_TEXT_LENGTH = 10_000_000;

/** Parses untrusted JSON text into a value, or one problem saying why it is not JSON. */
export function parseJson(text: string): Validated<unknown> {
  if (text.length > MAX_JSON_TEXT_LENGTH) {
    return { ok: false, problems: [{ path: '', message: `The file is too large (${text.length} characters). The limit is ${MAX_JSON_TEXT_LENGTH}.` }] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '', message: `The file is not valid JSON (${detail.slice(0, 200)}). Check it was saved as JSON, not as HTML or a web page.` }],
    };
  }
}

/** Checks untrusted JSON with a validator compiled from a generated schema; never throws. */
function checkSchema(check: (json: unknown) => SchemaError[], json: unknown): Problem[] {
  try {
    const errors = check(json);
    return errors.length ? problemsFromSchemaErrors(errors, json) : [];
  } catch (error) {
    // e.g. a stack overflow on absurdly deep input: report it, never let it escape.
    return [{ path: '', message: `The file could not be checked (${error instanceof Error ? error.message : String(error)}).` }];
  }
}

function fail<T>(problems: Problem[]): Validated<T> {
  return { ok: false, problems };
}

/** Semantic checks the schema cannot express: unique ids, theme status, a sane rating scale. */
function frameworkSemantics(framework: Framework): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const earlier = firstSeen.get(id);
    if (earlier !== undefined) {
      problems.push({ path, message: `The id "${id}" is used twice (first at ${earlier}). Give each theme and item its own id.` });
    } else {
      firstSeen.set(id, path);
    }
  };
  framework.themes.forEach((theme, t) => {
    claim(theme.id, pointer('themes', t, 'id'));
    theme.behaviours.forEach((item, i) => claim(item.id, pointer('themes', t, 'behaviours', i, 'id')));
    theme.qualities.forEach((item, i) => claim(item.id, pointer('themes', t, 'qualities', i, 'id')));
    (theme.supplementary ?? []).forEach((entry, i) => claim(entry.id, pointer('themes', t, 'supplementary', i, 'id')));
    const count = theme.behaviours.length + theme.qualities.length;
    if (theme.status === 'complete' && count === 0) {
      problems.push({
        path: pointer('themes', t, 'status'),
        message: `Theme "${theme.id}" is marked "complete" but has no behaviours or qualities. Add its items or set the status to "no-text-in-source".`,
      });
    }
    if (theme.status === 'no-text-in-source' && count > 0) {
      problems.push({
        path: pointer('themes', t, 'status'),
        message: `Theme "${theme.id}" is marked "no-text-in-source" but has ${count} items. Set the status to "complete".`,
      });
    }
  });
  const points = framework.ratingScale.points;
  points.forEach((point, i) => {
    if (i > 0 && point.value <= points[i - 1].value) {
      problems.push({
        path: pointer('ratingScale', 'points', i, 'value'),
        message: `Scale values must rise from lowest to highest with no repeats; ${point.value} follows ${points[i - 1].value}.`,
      });
    }
  });
  return problems;
}

/** Validates an untrusted framework file: a typed framework, or every problem with its JSON path. */
export function validateFramework(json: unknown): Validated<Framework> {
  const problems = checkSchema(checkFramework, json);
  if (problems.length) return fail(problems);
  const framework = json as Framework;
  const semantic = frameworkSemantics(framework);
  return semantic.length ? fail(semantic) : { ok: true, value: framework };
}

/** The top-level properties every response has (from the generated schema). */
const RESPONSE_PARTS = responseRequired;

/**
 * A file that is not a response at all (not an object, or lacking at least half of the parts every
 * response has) gets, first, one problem in plain words at the root of the file, then the details.
 */
function notAResponse(json: unknown, problems: Problem[]): Problem[] {
  const lead = 'This file is not a 360 response for this framework.';
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    // One problem only: the details would repeat it ("Expected an object, found text.").
    const detail = problems.find((p) => p.path === '')?.message ?? '';
    return [{ path: '', message: `${lead} ${detail} Check that you chose a response file saved by the assessment.`.replace(/\s+/g, ' ') }];
  }
  const missing = RESPONSE_PARTS.filter((key) => !Object.prototype.hasOwnProperty.call(json, key));
  if (missing.length * 2 < RESPONSE_PARTS.length) return problems;
  return [
    {
      path: '',
      message: `${lead} It lacks ${missing.length} of the ${RESPONSE_PARTS.length} parts every response has (${missing.map((k) => `"${k}"`).join(', ')}). ` +
        'Check that you chose a response file saved by the assessment, not another file. The details follow.',
    },
    ...problems,
  ];
}

/** Validates an untrusted response file against the framework it claims to answer. */
export function validateResponse(json: unknown, framework: Framework): Validated<AssessmentResponse> {
  const problems = checkSchema(checkResponse, json);
  if (problems.length) return fail(notAResponse(json, problems));
  const response = json as AssessmentResponse;
  const semantic: Problem[] = [];
  if (response.framework.id !== framework.id) {
    semantic.push({
      path: '/framework/id',
      message: `This response answers framework ${quote(response.framework.id)}, not "${framework.id}". Load it with the framework it was made for.`,
    });
  }
  if (response.framework.version !== framework.version) {
    semantic.push({
      path: '/framework/version',
      message: `This response answers version ${quote(response.framework.version)} of the framework, not "${framework.version}".`,
    });
  }
  if (response.scaleId !== framework.ratingScale.id) {
    semantic.push({
      path: '/scaleId',
      message: `This response uses the rating scale ${quote(response.scaleId)}, not "${framework.ratingScale.id}".`,
    });
  }
  if (response.respondent === 'rater' && !response.relationship) {
    semantic.push({ path: '/relationship', message: 'A rater\'s response needs a "relationship" (e.g. "peer").' });
  }
  if (Number.isNaN(Date.parse(response.submittedAt))) {
    semantic.push({ path: '/submittedAt', message: `${quote(response.submittedAt)} is not a date and time. Use ISO 8601, e.g. "2026-01-31T12:00:00Z".` });
  }
  const answers = answerProblems(response, framework);
  if (answers) semantic.push(...answers);
  return semantic.length ? fail(semantic) : { ok: true, value: response };
}

/**
 * Problems of the answers (unknown items, items answered twice, values off the scale), or `null`
 * when there are none. One pass with the framework's lookups; items answered twice are found with
 * the index's scratch arrays, so a valid response allocates nothing here.
 */
function answerProblems(response: AssessmentResponse, framework: Framework): Problem[] | null {
  const index = indexOf(framework);
  if (index.stamp >= 0x7fffffff) {
    index.seenIn.fill(0);
    index.stamp = 0;
  }
  const stamp = ++index.stamp;
  const { seenIn, seenAt, position } = index;
  let problems: Problem[] | null = null;
  const answers = response.answers;
  for (let i = 0; i < answers.length; i++) {
    const answer = answers[i];
    const at = position.get(answer.itemId);
    if (at === undefined) return answerProblemsWithUnknownItems(response, framework); // rare: the full check
    if (seenIn[at] === stamp) {
      (problems ??= []).push({ path: pointer('answers', i, 'itemId'), message: `${quote(answer.itemId)} is answered twice (also at /answers/${seenAt[at]}).` });
    } else {
      seenIn[at] = stamp;
      seenAt[at] = i;
    }
    const value = answer.value;
    if (value !== 'not-observed' && scalePositionOf(index, value) < 0) {
      (problems ??= []).push(offScale(i, value, index.scaleText));
    }
  }
  return problems;
}

function offScale(i: number, value: number, scaleText: string): Problem {
  return { path: pointer('answers', i, 'value'), message: `${value} is not on the rating scale. Use ${scaleText} or "not-observed".` };
}

/** The same checks for a response that names items the framework does not have. */
function answerProblemsWithUnknownItems(response: AssessmentResponse, framework: Framework): Problem[] {
  const index = indexOf(framework);
  const problems: Problem[] = [];
  const answered = new Map<string, number>();
  response.answers.forEach((answer, i) => {
    if (!index.position.has(answer.itemId)) {
      problems.push({ path: pointer('answers', i, 'itemId'), message: `${quote(answer.itemId)} is not an item of this framework.` });
    }
    const earlier = answered.get(answer.itemId);
    if (earlier !== undefined) {
      problems.push({ path: pointer('answers', i, 'itemId'), message: `${quote(answer.itemId)} is answered twice (also at /answers/${earlier}).` });
    } else {
      answered.set(answer.itemId, i);
    }
    if (answer.value !== 'not-observed' && scalePositionOf(index, answer.value) < 0) problems.push(offScale(i, answer.value, index.scaleText));
  });
  return problems;
}

/** Validates a stored draft (untrusted: another tab, an older version or a user may have changed it). */
export function validateDraft(json: unknown): Validated<Draft> {
  const problems = checkSchema(checkDraft, json);
  return problems.length ? fail(problems) : { ok: true, value: json as Draft };
}
