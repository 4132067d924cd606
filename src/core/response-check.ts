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
  const problems = responseProblems(json, responseCheckFor(framework), sink);
  return problems ? invalid(problems) : { ok: true, value: json as AssessmentResponse };
}

/**
 * What checking responses to one framework needs, looked up once for many files (aggregate() asks
 * once per call): the framework, its lookups and, when valid files can take the one-pass path, the
 * item ids its answers were shown valid with.
 */
export interface ResponseCheck {
  framework: Framework;
  index: FrameworkIndex;
  proof: Proof | null;
}

export function responseCheckFor(framework: Framework): ResponseCheck {
  const index = indexOf(framework);
  return { framework, index, proof: proofOf(index) };
}

/** The same check, giving `null` for a valid response (so the valid path allocates nothing), or its problems. */
export function responseProblems(json: unknown, check: ResponseCheck, sink: AnswerSink | null): Problem[] | null {
  const start = sink ? sink.length : 0;
  const { framework, proof } = check;
  if (proof !== null && provenValid(json, framework, check.index, proof, sink)) return null;
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
const provenAnswers = new WeakMap<FrameworkIndex, Proof | null>();

/** The item ids, in the framework's order, of a framework whose answers were shown valid (see `proofOf`). */
interface Proof {
  ids: string[];
}

function proofOf(index: FrameworkIndex): Proof | null {
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

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number made of the digits of `text` from `start` to `end`, or -1 when one is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Whether `text` is certainly a date and time that Date.parse reads in every engine:
 * `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.sssZ` (what `toISOString()` writes), each part in
 * range (a real day of its month, hours to 23, minutes and seconds to 59). False only means "not
 * shown here": Date.parse then decides. About ten times cheaper than Date.parse.
 */
export function plainUtcDateTime(text: string): boolean {
  const n = text.length;
  if (n !== 20 && n !== 24) return false;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return false; // - - T
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(n - 1) !== 90) return false; // : : Z
  if (n === 24 && (text.charCodeAt(19) !== 46 || digitsAt(text, 20, 23) < 0)) return false; // .sss
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  const hour = digitsAt(text, 11, 13);
  const minute = digitsAt(text, 14, 16);
  const second = digitsAt(text, 17, 19);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= MONTH_DAYS[month - 1] + (leap ? 1 : 0);
}

/** Whether `text` is a date and time as the response check reads it (Date.parse gives a number). */
function isDateTime(text: string): boolean {
  return plainUtcDateTime(text) || !Number.isNaN(Date.parse(text));
}

/**
 * The valid path in one pass: true when the file is certainly a valid response to `framework`, its
 * answers then written to the sink. False when it cannot tell at once (anything unusual: an unknown
 * item, an item answered twice, a value off the scale, a schema failure, a property that is
 * inherited); then the full check runs and finds the problems, so this never decides what a problem says.
 *
 * The parts other than the answers get the compiled fast check; each answer is read once: an
 * object (not a list) whose enumerable properties are its own `itemId` and `value` and no others,
 * the id one of the framework's (found by trying the item after the previous answer's first, since
 * files list items in order, then the map), the value on the scale. Both were shown valid once per
 * framework (`proofOf`), so no pattern is matched per answer. An answer with a comment also gets
 * the compiled answer check.
 */
function provenValid(json: unknown, framework: Framework, index: FrameworkIndex, proof: Proof, sink: AnswerSink | null): boolean {
  if (prototypeHasKeys()) return false;
  try {
    if (!quickCheckResponseOutsideAnswers(json)) return false;
    const response = json as AssessmentResponse;
    if (response.framework.id !== framework.id || response.framework.version !== framework.version) return false;
    if (response.scaleId !== framework.ratingScale.id) return false;
    if (response.respondent === 'rater' && !response.relationship) return false;
    if (!isDateTime(response.submittedAt)) return false;
    if (index.stamp >= 0x7fffffff) {
      index.seenIn.fill(0);
      index.stamp = 0;
    }
    const stamp = ++index.stamp;
    const { seenIn, position } = index;
    const ids = proof.ids;
    const answers = response.answers;
    // Answers go straight into the sink's arrays (room made once per file), committed at the end.
    sink?.reserve(answers.length);
    const sinkItems = sink ? sink.items : null;
    const sinkScale = sink ? sink.scale : null;
    let written = sink ? sink.length : 0;
    let next = 0;
    let comments = false;
    for (let i = 0; i < answers.length; i++) {
      const answer = answers[i] as unknown as Record<string, unknown>;
      if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return false;
      // Every key the for-in lists must be the answer's own (an inherited one would be listed too).
      // Written out in full inside a for-in over the same object, this hasOwnProperty costs nothing
      // once optimised (the keys come from the object's shape), where a module constant for it, or
      // Object.getPrototypeOf, is a call per answer: about a fifth of aggregate()'s time.
      let keys = 0;
      let comment = false;
      for (const key in answer) {
        if (!Object.prototype.hasOwnProperty.call(answer, key)) return false;
        if (key === 'itemId' || key === 'value') keys++;
        else if (key === 'comment') comment = true;
        else return false;
      }
      if (keys !== 2) return false;
      const id = answer.itemId;
      const value = answer.value;
      if (comment) {
        if (!quickCheckAnswer(answer)) return false;
        if (answer.comment !== undefined) comments = true;
      }
      const at = next < ids.length && id === ids[next] ? next : position.get(id as string);
      if (at === undefined || seenIn[at] === stamp) return false;
      seenIn[at] = stamp;
      next = at + 1;
      let scale = -1;
      if (typeof value === 'number') {
        scale = scalePositionOf(index, value);
        if (scale < 0) return false;
      } else if (value !== 'not-observed') {
        return false;
      }
      if (sinkItems !== null) {
        sinkItems[written] = at;
        sinkScale![written++] = scale;
      }
    }
    if (sink) {
      sink.length = written;
      if (comments) sink.comments = true;
    }
    return true;
  } catch {
    return false; // e.g. a getter that throws: the full check reports it
  }
}
