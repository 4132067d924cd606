/** Works out a 360's report on the server: `aggregate()` over its stored responses, with its minimums. */
import { aggregate, type AggregateResult } from '../core/aggregate.js';
import type { AssessmentResponse, Framework } from '../core/types.js';
import { groupsOf, responsesOf, type Assessment, type StoredResponse } from './queries.js';
import type { Sql } from './store/types.js';

/** A stored response as the response file it came from (also used by `export-fhir`). */
export function storedToResponse(framework: Framework, assessment: Assessment, r: StoredResponse): AssessmentResponse {
  const json: AssessmentResponse = {
    schemaVersion: 1,
    id: r.id,
    assessmentId: assessment.id,
    framework: { id: assessment.frameworkId, version: assessment.frameworkVersion },
    scaleId: framework.ratingScale.id,
    respondent: r.respondent,
    submittedAt: `${r.submittedOn}T00:00:00Z`,
    answers: r.answers,
  };
  if (r.groupId) json.relationship = r.groupId;
  return json;
}

export async function reportOf(sql: Sql, framework: Framework, assessment: Assessment): Promise<AggregateResult> {
  const [groups, stored] = await Promise.all([groupsOf(sql, assessment.id), responsesOf(sql, assessment.id)]);
  const inputs = stored.map((r) => ({ name: 'response', json: storedToResponse(framework, assessment, r) }));
  const result = aggregate(framework, inputs, {
    assessmentId: assessment.id,
    minimums: Object.fromEntries(groups.map((g) => [g.id, g.minimum])),
    poolMinimum: assessment.minimums.pool,
    allRatersMinimum: assessment.minimums.allRaters,
    commentMinimum: assessment.minimums.comments,
    invited: groups.reduce((sum, g) => sum + g.invited, 0),
  });
  // Responses were validated at intake; none is listed (a list would carry names and problems).
  return { ...result, rejected: [] };
}
