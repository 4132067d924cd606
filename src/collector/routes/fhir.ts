/**
 * `GET /fhir/Questionnaire`: the framework as a FHIR R4 Questionnaire (UK Core). No token, like
 * `GET /framework`. Responses as FHIR never leave through a route: see `export-fhir.ts`.
 */
import type { Handler } from 'hono';
import { frameworkToQuestionnaire } from '../../core/fhir.js';
import type { CollectorEnv, Deps } from '../context.js';

export function fhirQuestionnaireRoute(deps: Deps): Handler<CollectorEnv> {
  const body = JSON.stringify(frameworkToQuestionnaire(deps.framework));
  return (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Type', 'application/fhir+json; charset=utf-8');
    return c.body(body);
  };
}
