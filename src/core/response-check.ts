/**
 * Validation of one response file: the compiled schema validator, then what the schema cannot say
 * (the framework, scale and items it answers), in one pass over the answers with the framework's
 * lookups. `validateResponse` (validate.ts) is the public face. No DOM.
 */
import { checkResponse, quickCheckAnswer, quickCheckResponseOutsideAnswers } from '../generated/validators.js';
import { responseRequired } from '../generated/schemas.js';
import { indexOf, scalePositionOf, type FrameworkIndex } from './framework-index.js';
import { schemaProblems, invalid, pointer, quote } from './problems.js';
import type { AssessmentResponse, Framework, Problem, Validated } from './types.js';

/** Where checkResponseFile writes each answer: item position and scale position (-1: not observed). */
export class AnswerSink {
  items = new Int32Array(1024);
  scale = new Int8Array(1024);
  length = 0;
  /** Whether an answer written since this was last reset has a comment. */
  comments = false;

  /** Makes room for `more` answers after the current ones, at once (instead of doubling as they come). */
  reserve(more: number): void {
    if (this.length + more > this.items.length) this.grow(this.length + more);
  }

  private grow(capacity: number): void {
    const items = new Int32Array(capacity);
    items.set(this.items.subarray(0, this.length));
    this.items = items;
    const scales = new Int8Array(capacity);
    scales.set(this.scale.subarray(0, this.length));
    this.scale = scales;
  }

  push(item: number, scale: number): void {
    if (this.length === this.items.length) this.grow(this.length * 2);
    this.items[this.length] = item;
    this.scale[this.length++] = scale;
  }
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

/**
 * Validates an untrusted response file against the framework it claims to answer (this is
 * `validateResponse`). With a sink, each answer's item position and scale position are written to
 * it as they are checked (the caller drops them if the file is invalid), so aggregate() counts from
 * compact arrays instead of reading every answer object a second time.
 */
export function checkResponseFile(json: unknown, framework: Framework, sink: AnswerSink | null): Validated<AssessmentResponse> {
  const problems = responseProblems(json, framework, sink);
  return problems ? invalid(problems) : { ok: true, value: json as AssessmentResponse };
}

/** The same check, giving `null` for a valid response (so the valid path allocates nothing), or its problems. */
export function responseProblems(json: unknown, framework: Framework, sink: AnswerSink | null): Problem[] | null {
  const start = sink ? sink.length : 0;
  if (provenValid(json, framework, sink)) return null;
  if (sink) {
    sink.length = start; // what the fast path wrote before it gave up
    sink.comments = false;
  }
  const result = fullCheck(json, framework, sink);
  return result.ok ? null : result.problems;
}

/** Every check, every problem: the schema's, then the framework's, then the answers'. */
function fullCheck(json: unknown, framework: Framework, sink: AnswerSink | null): Validated<AssessmentResponse> {
  const problems = schemaProblems(checkResponse, json);
  if (problems.length) return invalid(notAResponse(json, problems));
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
  const answers = answerProblems(response, framework, sink);
  if (answers) semantic.push(...answers);
  return semantic.length ? invalid(semantic) : { ok: true, value: response };
}

/**
 * Problems of the answers (unknown items, items answered twice, values off the scale), or `null`
 * when there are none. One pass with the framework's lookups; items answered twice are found with
 * the index's scratch arrays, so a valid response allocates nothing here.
 */
function answerProblems(response: AssessmentResponse, framework: Framework, sink: AnswerSink | null): Problem[] | null {
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
    const scale = value === 'not-observed' ? -1 : scalePositionOf(index, value);
    if (value !== 'not-observed' && scale < 0) (problems ??= []).push(offScale(i, value, index.scaleText));
    if (sink) {
      sink.push(at, scale);
      if (answer.comment !== undefined) sink.comments = true;
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


/**
 * Item ids and scale values known to make a valid answer, per framework index (so rebuilt with it):
 * `{ itemId, value }` passed the schema's answer check for every item and every scale value (and
 * "not-observed"), so an answer with exactly those two properties and values equal to them is valid
 * by construction, with no pattern to match. `null` when some did not pass (then every answer is
 * checked in full).
 */
const provenAnswers = new WeakMap<FrameworkIndex, { ids: string[] } | null>();

function proofOf(index: FrameworkIndex): { ids: string[] } | null {
  let proof = provenAnswers.get(index);
  if (proof !== undefined) return proof;
  const ids = index.items.map(({ item }) => item.id);
  const values: Array<number | 'not-observed'> = [...index.scaleValues, 'not-observed'];
  proof = ids.every((itemId) => values.every((value) => quickCheckAnswer({ itemId, value }))) ? { ids } : null;
  provenAnswers.set(index, proof);
  return proof;
}

/** Whether valid files answering `framework` can take the one-pass path (for tests and benches). */
export function fastPathReady(framework: Framework): boolean {
  return proofOf(indexOf(framework)) !== null;
}

/** Whether `Object.prototype` has enumerable properties (a for-in over a plain object would list them). */
function prototypeHasKeys(): boolean {
  for (const key in Object.prototype) return key !== undefined;
  return false;
}

/**
 * The valid path in one pass: true when the file is certainly a valid response to `framework`, its
 * answers then written to the sink. False when it cannot tell at once (anything unusual: an unknown
 * item, an item answered twice, a value off the scale, a schema failure, an object that is not
 * plain); then the full check runs and finds the problems, so this never decides what a problem says.
 *
 * The parts other than the answers get the compiled fast check; each answer is read once: a plain
 * object with just `itemId` and `value`, the id one of the framework's (found by trying the item after
 * the previous answer's first, since files list items in order, then the map), the value on the scale.
 * Both were shown valid once per framework (`proofOf`), so no pattern is matched per answer. An
 * answer with a comment also gets the compiled answer check.
 */
function provenValid(json: unknown, framework: Framework, sink: AnswerSink | null): boolean {
  const index = indexOf(framework);
  const proof = proofOf(index);
  if (proof === null || prototypeHasKeys()) return false;
  try {
    if (!quickCheckResponseOutsideAnswers(json)) return false;
    const response = json as AssessmentResponse;
    if (response.framework.id !== framework.id || response.framework.version !== framework.version) return false;
    if (response.scaleId !== framework.ratingScale.id) return false;
    if (response.respondent === 'rater' && !response.relationship) return false;
    if (Number.isNaN(Date.parse(response.submittedAt))) return false;
    if (index.stamp >= 0x7fffffff) {
      index.seenIn.fill(0);
      index.stamp = 0;
    }
    const stamp = ++index.stamp;
    const { seenIn, position } = index;
    const ids = proof.ids;
    const answers = response.answers;
    let next = 0;
    let comments = false;
    for (let i = 0; i < answers.length; i++) {
      const answer = answers[i] as unknown as Record<string, unknown>;
      if (typeof answer !== 'object' || answer === null || Object.getPrototypeOf(answer) !== Object.prototype) return false;
      let keys = 0;
      let comment = false;
      for (const key in answer) {
        if (key === 'itemId' || key === 'value') keys++;
        else if (key === 'comment') comment = true;
        else return false;
      }
      if (keys !== 2) return false;
      if (comment) {
        if (!quickCheckAnswer(answer)) return false;
        if (answer.comment !== undefined) comments = true;
      }
      const id = answer.itemId;
      const at = next < ids.length && id === ids[next] ? next : position.get(id as string);
      if (at === undefined || seenIn[at] === stamp) return false;
      seenIn[at] = stamp;
      next = at + 1;
      const value = answer.value;
      let scale = -1;
      if (typeof value === 'number') {
        scale = scalePositionOf(index, value);
        if (scale < 0) return false;
      } else if (value !== 'not-observed') {
        return false;
      }
      sink?.push(at, scale);
    }
    if (sink && comments) sink.comments = true;
    return true;
  } catch {
    return false; // e.g. a getter that throws: the full check reports it
  }
}
