// Named example response sets for the report, shared by tests, stories and benchmarks.
// Every score is worked out by a fixed rule (no randomness), so a story always looks the same.
import { allItems } from '../../src/core/framework.js';
import type { ResponseInput } from '../../src/core/aggregate.js';
import type { Answer, AssessmentResponse, Framework } from '../../src/core/types.js';
import { hostileText, realFramework } from './frameworks.js';

export const EXAMPLE_ASSESSMENT = 'leader-360-2026';

export interface ResponseOptions {
  id: string;
  respondent?: 'self' | 'rater';
  relationship?: string;
  answers: Answer[];
  framework?: Framework;
  submittedAt?: string;
}

/** A well-formed response to `framework` (the real one unless given). */
export function makeResponse(options: ResponseOptions): AssessmentResponse {
  const framework = options.framework ?? realFramework;
  const response: AssessmentResponse = {
    schemaVersion: 1,
    id: options.id,
    assessmentId: EXAMPLE_ASSESSMENT,
    framework: { id: framework.id, version: framework.version },
    scaleId: framework.ratingScale.id,
    respondent: options.respondent ?? 'rater',
    submittedAt: options.submittedAt ?? '2026-11-20T09:00:00Z',
    answers: options.answers,
  };
  if ((options.respondent ?? 'rater') === 'rater') response.relationship = options.relationship ?? 'peer';
  return response;
}

/** A file name a rater's download would have. */
function file(response: AssessmentResponse): ResponseInput {
  return { name: `${response.id}.json`, json: response };
}

const itemIds = allItems(realFramework).map(({ item }) => item.id);

/** How others see the leader on each item (1 to 5): stronger on relating, weaker on delivering. */
function othersBase(itemIndex: number): number {
  return [4, 3, 4, 4, 3, 4, 5, 3, 4, 4, 5, 4, 4, 5, 4, 4, 3, 4, 3, 2, 3, 3, 2, 3, 3, 2, 3][itemIndex] ?? 3;
}

/** The leader rates some items 2 higher than others do (blind spots) and some 2 lower (hidden strengths). */
function selfScore(itemIndex: number): number {
  const base = othersBase(itemIndex);
  if ([19, 22, 25].includes(itemIndex)) return Math.min(5, base + 2);
  if ([6, 13].includes(itemIndex)) return Math.max(1, base - 2);
  return base;
}

/** A rater's score: the base plus a small, fixed variation per rater. */
function raterScore(raterIndex: number, itemIndex: number): number {
  const wobble = [0, 1, -1, 0, 1, 0, -1, 0, 1, -1, 0, 0][(raterIndex * 5 + itemIndex * 3) % 12];
  return Math.min(5, Math.max(1, othersBase(itemIndex) + wobble));
}

const COMMENTS: Record<string, string[]> = {
  'being.authenticity': ['Says what they think, kindly.', 'Honest with us, even when the news is bad.', 'You always know where you stand.'],
  'relating.q4': ['Always makes time to listen, even on busy days.', 'Changed the rota after listening to us.', 'Listens well in meetings.'],
  'delivering.delivery': ['Plans are clear, but deadlines often slip.', 'Projects start well and then stall.', 'Needs to follow things through to the end.'],
  'delivering.q3': ['I would like to see more use of behaviour change ideas.', 'Not sure how much this is used.', 'Could share more of the thinking behind changes.'],
};

function selfResponse(notObserved: string[] = []): AssessmentResponse {
  return makeResponse({
    id: 'self',
    respondent: 'self',
    answers: itemIds.map((itemId, i) => ({
      itemId,
      value: notObserved.includes(itemId) ? 'not-observed' : selfScore(i),
      ...(itemId === 'delivering.delivery' ? { comment: 'I want to get better at planning ahead.' } : {}),
    })),
  });
}

function raterResponse(raterIndex: number, relationship: string, options: { notObserved?: string[]; comments?: boolean } = {}): AssessmentResponse {
  return makeResponse({
    id: `${relationship}-${raterIndex + 1}`,
    relationship,
    submittedAt: `2026-11-${String(10 + (raterIndex % 18)).padStart(2, '0')}T09:00:00Z`,
    answers: itemIds.map((itemId, i) => {
      const answer: Answer = { itemId, value: options.notObserved?.includes(itemId) ? 'not-observed' : raterScore(raterIndex, i) };
      if (options.comments && COMMENTS[itemId] && raterIndex % 2 === 0) answer.comment = COMMENTS[itemId][(raterIndex / 2) % 3];
      return answer;
    }),
  });
}

/** Raters by group: `{ 'line-manager': 1, peer: 4 }` makes one line manager and four peers. */
function raters(groups: Record<string, number>, options: { notObserved?: string[]; comments?: boolean } = {}): AssessmentResponse[] {
  let index = 0;
  return Object.entries(groups).flatMap(([relationship, count]) =>
    Array.from({ length: count }, () => raterResponse(index++, relationship, options)));
}

/** One leader with 12 raters across every group (line manager 1, peers 4, direct reports 4, others 3). */
export const twelveRaters: ResponseInput[] = [
  selfResponse(),
  ...raters({ 'line-manager': 1, peer: 4, 'direct-report': 4, other: 3 }, { comments: true }),
].map(file);

/** Peers (2) and others (1) are below their minimum of 3: pooled into "Other raters" (3). */
export const groupBelowThreshold: ResponseInput[] = [
  selfResponse(),
  ...raters({ 'line-manager': 1, peer: 2, 'direct-report': 3, other: 1 }, { comments: true }),
].map(file);

/** Only the leader's own response: no rater figures at all. */
export const onlySelf: ResponseInput[] = [selfResponse()].map(file);

/** The item every rater marked "not observed": it has no score, never a score of 0. */
export const NOT_OBSERVED_ITEM = 'delivering.q3';

/** 12 raters, all of whom chose "not observed" for `delivering.q3`. */
export const allNotObserved: ResponseInput[] = [
  selfResponse(),
  ...raters({ 'line-manager': 1, peer: 4, 'direct-report': 4, other: 3 }, { notObserved: [NOT_OBSERVED_ITEM] }),
].map(file);

/** Ten files, three of them bad: not JSON, another framework version, and a score off the scale. */
export const threeBadFiles: ResponseInput[] = (() => {
  const good = [selfResponse(), ...raters({ peer: 3, 'direct-report': 3 })].map(file);
  const wrongVersion = raterResponse(20, 'peer');
  wrongVersion.id = 'peer-old-version';
  wrongVersion.framework = { ...wrongVersion.framework, version: '2019-06' };
  const offScale = raterResponse(21, 'direct-report') as unknown as { id: string; answers: Array<{ itemId: string; value: unknown }> };
  offScale.id = 'direct-report-off-scale';
  offScale.answers[4].value = 7;
  return [
    ...good.slice(0, 3),
    { name: 'notes-from-meeting.json', text: '<html><body>Not a response</body></html>' },
    ...good.slice(3, 5),
    { name: 'peer-old-version.json', json: wrongVersion },
    ...good.slice(5),
    { name: `${offScale.id}.json`, json: offScale },
  ];
})();

/** Text that would run script if rendered as HTML, in a comment: it must appear as plain text. */
export const hostileComment: ResponseInput[] = [
  selfResponse(),
  ...raters({ peer: 3, 'direct-report': 3 }).map((response) => {
    response.answers[0].comment = `${hostileText.markup} =HYPERLINK("http://example.com")`;
    return response;
  }),
].map(file);

/** `count` rater responses (and one self), for benchmarks: groups cycle through the four defaults. */
export function manyResponses(count: number): ResponseInput[] {
  const groups = ['peer', 'direct-report', 'other', 'line-manager'];
  return [selfResponse(), ...Array.from({ length: count - 1 }, (_, i) => raterResponse(i, groups[i % 4]))].map(file);
}

/** Every named set, for stories and screenshots. */
export const exampleResponseSets = {
  twelveRaters,
  groupBelowThreshold,
  onlySelf,
  allNotObserved,
  threeBadFiles,
} as const;
