/**
 * `lpc-collector export-fhir <360-id>`: every stored response of one 360 as a FHIR R4 Bundle of
 * QuestionnaireResponse resources, for the operator to load into an NHS FHIR server. Raw answers
 * leave the collector only this way (the operator's command line), never through a link
 * (docs/collector-api.md). Raters stay unnamed: no author, the group as an extension, the day only.
 */
import { fhirBundle, responseToFhir, type FhirBundle, type FhirQuestionnaireResponse } from '../core/fhir.js';
import type { Framework } from '../core/types.js';
import { findAssessment, responsesOf } from './queries.js';
import { storedToResponse } from './report.js';
import type { Sql } from './store/types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function exportFhir(sql: Sql, framework: Framework, assessmentId: string, now = new Date()): Promise<FhirBundle<FhirQuestionnaireResponse>> {
  if (!UUID.test(assessmentId)) throw new Error(`"${assessmentId.slice(0, 60)}" is not a 360 id (a UUID, as POST /360s returned).`);
  const assessment = await findAssessment(sql, assessmentId);
  if (!assessment) throw new Error(`There is no 360 with the id ${assessmentId}.`);
  const stored = await responsesOf(sql, assessment.id);
  const resources = stored.map((r) => responseToFhir(storedToResponse(framework, assessment, r), framework, { leaderName: assessment.leaderName }));
  return fhirBundle(resources, now);
}
