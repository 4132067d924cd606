/** Example answers for the `seed` command, tests and benchmarks (made up; never real people's). */
import { allItems } from '../core/framework.js';
import type { Answer, AssessmentResponse, Framework } from '../core/types.js';

/** Answers to every item: scale values from a small seeded generator, some "not observed", a few comments. */
export function exampleAnswers(framework: Framework, seed: number, { notObservedEvery = 7, comments = 2 } = {}): Answer[] {
  const values = framework.ratingScale.points.map((p) => p.value);
  let state = (seed * 2654435761) >>> 0 || 1;
  const next = () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state;
  };
  return allItems(framework).map(({ item }, i): Answer => {
    const answer: Answer = (i + seed) % notObservedEvery === 0
      ? { itemId: item.id, value: 'not-observed' }
      : { itemId: item.id, value: values[next() % values.length] };
    if (i < comments) answer.comment = `Example comment ${seed + 1} on this item.`;
    return answer;
  });
}

/** A complete response for a link: what `<lpc-assessment>` sends to `POST /responses`. */
export function exampleResponse(
  framework: Framework,
  assessmentId: string,
  who: { respondent: 'self' } | { respondent: 'rater'; relationship: string },
  seed: number,
): AssessmentResponse {
  const response: AssessmentResponse = {
    schemaVersion: 1,
    id: `example-${seed}`,
    assessmentId,
    framework: { id: framework.id, version: framework.version },
    scaleId: framework.ratingScale.id,
    respondent: who.respondent,
    submittedAt: new Date().toISOString(),
    answers: exampleAnswers(framework, seed),
  };
  if (who.respondent === 'rater') response.relationship = who.relationship;
  return response;
}
