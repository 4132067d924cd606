// Node only: the validators compiled at build time (src/generated/validators.ts) must agree with
// Ajv on the same generated schemas, file by file and path by path, and give exactly the errors of
// the straightforward reference checker (test/reference/schema-check.ts), in the same order.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { checkSchema } from '../reference/schema-check.js';
import { checkDraft, checkFramework, checkResponse } from '../../src/generated/validators.js';
import { frameworkSchema, responseSchema, draftSchema, aggregateResultSchema } from '../../src/generated/schemas.js';
import { checkAggregateResult } from '../../src/generated/validators.js';
import { aggregate } from '../../src/core/aggregate.js';
import { twelveRaters, threeBadFiles } from '../../data/examples/responses.js';
import { realFramework, hostileFramework, invalidFramework, largeFramework } from '../../data/examples/frameworks.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const published = (file: string) => JSON.parse(readFileSync(`schemas/${file}`, 'utf8'));
const ajvFramework = ajv.compile(published('framework.schema.json'));
const ajvResponse = ajv.compile(published('response.schema.json'));
const ajvDraft = ajv.compile(published('draft.schema.json'));
const ajvResult = ajv.compile(published('aggregate-result.schema.json'));

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
  ['too many answers', { ...response, answers: Array(2001).fill(response.answers[0]) }],
  ['bad item id and long comment', { ...response, answers: [{ itemId: 'Being Q1', value: 2, comment: 'x'.repeat(2001) }, { itemId: 'x'.repeat(121), value: true }] }],
  ['missing everything', {}],
  ['a framework', realFramework],
  ['undefined property', { ...response, relationship: undefined, respondent: 'self' }],
  ['key with ~ and /', { ...response, 'a/b~c': 1 }],
  ['no prototype (checked in full, not by the fast path)', Object.assign(Object.create(null), response, { answers: [Object.assign(Object.create(null), { itemId: 'being.q1', value: 2 })] })],
  ['a property set to undefined', { ...response, answers: [{ itemId: 'being.q1', value: 2, comment: undefined }] }],
  ['nested wrong types', { ...response, framework: { id: 3, version: null, extra: [] }, answers: [null, 4, [], { value: 'not-observed' }] }],
];

const drafts: Array<[string, unknown]> = [
  ['valid', { schemaVersion: 1, assessmentId: 'a', respondent: 'self', framework: { id: 'f', version: '1' }, savedAt: 1, answers: { 'being.q1': { value: 2, updatedAt: 1 } } }],
  ['bad answer', { schemaVersion: 1, assessmentId: 'a', respondent: 'self', framework: { id: 'f', version: '1' }, savedAt: 1, answers: { 'being.q1': { value: 'x' } } }],
  ['string', 'draft'],
  ['odd answer keys', { schemaVersion: 1, assessmentId: 'a', respondent: 'self', framework: { id: 'f', version: '1' }, savedAt: 'x', answers: { 'a/b': { updatedAt: 'x', value: 1.5 }, '~': 3 } }],
];

const result = aggregate(realFramework, twelveRaters);
const editResult = (edit: (json: Record<string, any>) => void): unknown => {
  const json = structuredClone(result) as unknown as Record<string, any>;
  edit(json);
  return json;
};
const results: Array<[string, unknown]> = [
  ['twelve raters', result],
  ['three bad files', aggregate(realFramework, threeBadFiles)],
  ['bad figure status', editResult((j) => { j.items[0].allRaters.status = 'maybe'; })],
  ['minimum not a number', editResult((j) => { j.minimums.groups.peer = 'three'; })],
  ['missing themes', editResult((j) => { delete j.themes; })],
  ['extra field in a theme group', editResult((j) => { j.themes[0].groups[0].secret = 1; })],
];

describe('compiled validators agree with Ajv and with the reference checker', () => {
  for (const [label, schema, compiled, reference, corpus] of [
    ['framework', frameworkSchema, checkFramework, ajvFramework, frameworks],
    ['response', responseSchema, checkResponse, ajvResponse, responses],
    ['draft', draftSchema, checkDraft, ajvDraft, drafts],
    ['result', aggregateResultSchema, checkAggregateResult, ajvResult, results],
  ] as const) {
    for (const [name, json] of corpus) {
      it(`${label}: ${name}`, () => {
        const ours = compiled(json);
        const valid = reference(json);
        expect(ours.length === 0, 'same verdict as Ajv').to.equal(valid);
        if (!valid) expect(paths(ours)).to.deep.equal(paths(reference.errors ?? []));
        expect(ours, 'same errors as the reference checker').to.deep.equal(checkSchema(schema, json));
      });
    }
  }
});
