/**
 * The reference for validateResponse(): the straightforward version it replaced (the run-time
 * schema checker, a Set of the framework's items built on every call), kept for the equivalence test.
 */
import { responseSchema } from '../../src/generated/schemas.js';
import { checkSchema as check, type Schema } from './schema-check.js';
import { allItems } from '../../src/core/framework.js';
import { pointer, problemsFromSchemaErrors, quote } from '../../src/core/problems.js';
import type { AssessmentResponse, Framework, Problem, Validated } from '../../src/core/types.js';

/** Checks untrusted JSON against a generated schema; never throws. */
function checkSchema(schema: Schema, json: unknown): Problem[] {
  try {
    return problemsFromSchemaErrors(check(schema, json), json);
  } catch (error) {
    // e.g. a stack overflow on absurdly deep input: report it, never let it escape.
    return [{ path: '', message: `The file could not be checked (${error instanceof Error ? error.message : String(error)}).` }];
  }
}

function fail<T>(problems: Problem[]): Validated<T> {
  return { ok: false, problems };
}

/** The top-level properties every response has (from the generated schema). */
const RESPONSE_PARTS: readonly string[] = responseSchema.required ?? [];

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
  const problems = checkSchema(responseSchema, json);
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
  const known = new Set(allItems(framework).map(({ item }) => item.id));
  const scaleValues = new Set(framework.ratingScale.points.map((point) => point.value));
  const answered = new Map<string, number>();
  response.answers.forEach((answer, i) => {
    if (!known.has(answer.itemId)) {
      semantic.push({ path: pointer('answers', i, 'itemId'), message: `${quote(answer.itemId)} is not an item of this framework.` });
    }
    const earlier = answered.get(answer.itemId);
    if (earlier !== undefined) {
      semantic.push({ path: pointer('answers', i, 'itemId'), message: `${quote(answer.itemId)} is answered twice (also at /answers/${earlier}).` });
    } else {
      answered.set(answer.itemId, i);
    }
    if (answer.value !== 'not-observed' && !scaleValues.has(answer.value)) {
      semantic.push({
        path: pointer('answers', i, 'value'),
        message: `${answer.value} is not on the rating scale. Use ${[...scaleValues].join(', ')} or "not-observed".`,
      });
    }
  });
  return semantic.length ? fail(semantic) : { ok: true, value: response };
}

