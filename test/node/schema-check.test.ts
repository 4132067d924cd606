// Node only: the run-time schema checker must agree with Ajv (the reference implementation) on the
// same generated schemas, file by file and path by path.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { checkSchema } from '../../src/core/schema-check.js';
import { frameworkSchema, responseSchema, draftSchema } from '../../src/generated/schemas.js';
import { realFramework, hostileFramework, invalidFramework, largeFramework } from '../../data/examples/frameworks.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const published = (file: string) => JSON.parse(readFileSync(`schemas/${file}`, 'utf8'));
const ajvFramework = ajv.compile(published('framework.schema.json'));
const ajvResponse = ajv.compile(published('response.schema.json'));
const ajvDraft = ajv.compile(published('draft.schema.json'));

function paths(errors: Array<{ instancePath: string; keyword: string; params: Record<string, unknown> }>): string[] {
  return [...new Set(errors.map((e) => e.instancePath +
    (e.keyword === 'additionalProperties' ? `/${String(e.params.additionalProperty)}` : '') +
    (e.keyword === 'required' ? `/${String(e.params.missingProperty)}` : '')))].sort();
}

function mutate(edit: (json: Record<string, any>) => void): unknown {
  const json = structuredClone(realFramework) as unknown as Record<string, any>;
  edit(json);
  return json;
}

const frameworks: Array<[string, unknown]> = [
  ['real', realFramework], ['hostile', hostileFramework], ['large', largeFramework()], ['invalid example', invalidFramework],
  ['not an object', 42], ['null', null], ['array', []],
  ['number as text', mutate((j) => { j.themes[0].qualities[0].text = 5; })],
  ['missing heading', mutate((j) => { delete j.themes[0].behaviours[0].heading; })],
  ['extra field', mutate((j) => { j.themes[1].extra = 1; })],
  ['bad id', mutate((j) => { j.themes[0].id = 'Bad Id'; })],
  ['bad status', mutate((j) => { j.themes[0].status = 'done'; })],
  ['bad kind', mutate((j) => { j.themes[0].qualities[0].kind = 'behaviour'; })],
  ['long text', mutate((j) => { j.title = 'x'.repeat(6000); })],
  ['too many themes', mutate((j) => { j.themes = Array(60).fill(j.themes[0]); })],
  ['no themes', mutate((j) => { j.themes = []; })],
  ['bad date', mutate((j) => { j.source.date = 'January'; })],
  ['scale value not integer', mutate((j) => { j.ratingScale.points[0].value = 1.5; })],
  ['scale value negative', mutate((j) => { j.ratingScale.points[0].value = -1; })],
  ['supplementary false', mutate((j) => { j.themes[2].supplementary[0].supplementary = false; })],
  ['__proto__ key', JSON.parse('{"__proto__": {"x": 1}, "id": "a"}')],
];

const response = {
  schemaVersion: 1, id: 'r', assessmentId: 'a', framework: { id: 'f', version: '1' }, scaleId: 's',
  respondent: 'rater', relationship: 'peer', submittedAt: '2026-01-01T00:00:00Z', answers: [{ itemId: 'being.q1', value: 3 }],
};
const responses: Array<[string, unknown]> = [
  ['valid', response],
  ['not-observed', { ...response, answers: [{ itemId: 'being.q1', value: 'not-observed' }] }],
  ['string value', { ...response, answers: [{ itemId: 'being.q1', value: 'often' }] }],
  ['null value', { ...response, answers: [{ itemId: 'being.q1', value: null }] }],
  ['bad respondent', { ...response, respondent: 'boss' }],
  ['wrong schemaVersion', { ...response, schemaVersion: 2 }],
  ['extra email', { ...response, email: 'a@b.c' }],
  ['answers not a list', { ...response, answers: {} }],
];

const drafts: Array<[string, unknown]> = [
  ['valid', { schemaVersion: 1, assessmentId: 'a', respondent: 'self', framework: { id: 'f', version: '1' }, savedAt: 1, answers: { 'being.q1': { value: 2, updatedAt: 1 } } }],
  ['bad answer', { schemaVersion: 1, assessmentId: 'a', respondent: 'self', framework: { id: 'f', version: '1' }, savedAt: 1, answers: { 'being.q1': { value: 'x' } } }],
  ['string', 'draft'],
];

describe('schema checker agrees with Ajv', () => {
  for (const [label, schema, reference, corpus] of [
    ['framework', frameworkSchema, ajvFramework, frameworks],
    ['response', responseSchema, ajvResponse, responses],
    ['draft', draftSchema, ajvDraft, drafts],
  ] as const) {
    for (const [name, json] of corpus) {
      it(`${label}: ${name}`, () => {
        const ours = checkSchema(schema, json);
        const valid = reference(json);
        expect(ours.length === 0, 'same verdict').to.equal(valid);
        if (!valid) expect(paths(ours)).to.deep.equal(paths(reference.errors ?? []));
      });
    }
  }
});
