// Runs in Node and in Chromium: the FHIR R4 mapping of the framework and of responses.
// (Every generated resource is also checked against the FHIR R4 JSON Schema in test/node/fhir-schema.test.ts.)
import { expect } from 'chai';
import { aggregate, type ResponseInput } from '../../src/core/aggregate.js';
import {
  frameworkToQuestionnaire,
  isFhirQuestionnaireResponse,
  NOT_OBSERVED_CODE,
  ORDINAL_VALUE_EXTENSION,
  RATER_GROUP_EXTENSION,
  responseFromFhir,
  responseToFhir,
  UK_CORE_QUESTIONNAIRE,
  UK_CORE_QUESTIONNAIRE_RESPONSE,
  type FhirQuestionnaireResponse,
} from '../../src/core/fhir.js';
import { allItems } from '../../src/core/framework.js';
import type { AssessmentResponse } from '../../src/core/types.js';
import { realFramework, tinyFramework } from '../../data/examples/frameworks.js';
import { makeResponse, twelveRaters } from '../../data/examples/responses.js';

const responses = twelveRaters.map((input) => input.json as AssessmentResponse);
const self = responses.find((r) => r.respondent === 'self')!;
const rater = responses.find((r) => r.respondent === 'rater' && r.answers.some((a) => a.comment))
  ?? responses.find((r) => r.respondent === 'rater')!;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('FHIR Questionnaire from the framework', () => {
  const questionnaire = frameworkToQuestionnaire(realFramework);

  it('declares the UK Core profile and names the framework and its version', () => {
    expect(questionnaire.resourceType).to.equal('Questionnaire');
    expect(questionnaire.meta.profile).to.deep.equal([UK_CORE_QUESTIONNAIRE]);
    expect(questionnaire.version).to.equal(realFramework.version);
    expect(questionnaire.title).to.equal(realFramework.title);
    expect(questionnaire.description).to.contain(realFramework.source.publisher);
  });

  it('has one choice item per rated item, in the framework\'s order', () => {
    const rated = questionnaire.item.flatMap((group) => group.item ?? []).filter((item) => item.type === 'choice');
    expect(rated.map((item) => item.linkId)).to.deep.equal(allItems(realFramework).map(({ item }) => item.id));
  });

  it('offers the scale points as scored options, and "not observed" as an option with no score', () => {
    const options = questionnaire.item[0].item![0].answerOption!;
    const scale = realFramework.ratingScale;
    expect(options).to.have.length(scale.points.length + 1);
    scale.points.forEach((point, i) => {
      expect(options[i].valueCoding.code).to.equal(String(point.value));
      expect(options[i].valueCoding.display).to.equal(point.label);
      expect(options[i].extension).to.deep.equal([{ url: ORDINAL_VALUE_EXTENSION, valueDecimal: point.value }]);
    });
    const notObserved = options[options.length - 1];
    expect(notObserved.valueCoding.code).to.equal(NOT_OBSERVED_CODE);
    expect(notObserved.valueCoding.display).to.equal(scale.notObservedLabel);
    expect(notObserved.extension).to.equal(undefined);
  });

  it('states Leading and visioning as a theme with no items, not an empty group', () => {
    const leading = questionnaire.item.find((item) => item.linkId === 'leading')!;
    expect(leading.type).to.equal('display');
    expect(leading.item).to.equal(undefined);
    expect(leading.text).to.contain('Leading and visioning');
  });

  it('leaves supplementary text out', () => {
    expect(JSON.stringify(questionnaire)).not.to.contain('leading.blog-2020');
  });
});

describe('FHIR QuestionnaireResponse from a response', () => {
  it('a rater: the leader is the subject, no author, the group as an extension, the day only', () => {
    const resource = responseToFhir({ ...rater, submittedAt: '2026-11-20T23:59:30.000Z' }, realFramework);
    expect(resource.meta.profile).to.deep.equal([UK_CORE_QUESTIONNAIRE_RESPONSE]);
    expect(resource.subject.identifier!.value).to.equal(rater.assessmentId);
    expect(resource).not.to.have.property('author');
    expect(resource.extension.find((e) => e.url === RATER_GROUP_EXTENSION)!.valueCode).to.equal(rater.relationship);
    expect(resource.authored).to.equal('2026-11-20');
    expect(JSON.stringify(resource)).not.to.match(/T\d\d:\d\d/);
  });

  it('the leader\'s own response names the leader as author', () => {
    const resource = responseToFhir(self, realFramework, { leaderName: 'Sam Jones' });
    expect(resource.author).to.deep.equal(resource.subject);
    expect(resource.subject.display).to.equal('Sam Jones');
    expect(resource.extension.map((e) => e.url)).not.to.include(RATER_GROUP_EXTENSION);
  });

  it('keeps comments and "not observed"', () => {
    const response = makeResponse({ id: 'r-1', answers: [{ itemId: 'being.q1', value: 'not-observed', comment: 'Not seen <b>this</b>' }, { itemId: 'relating.trust', value: 4 }] });
    const resource = responseToFhir(response, realFramework);
    const being = resource.item.find((group) => group.linkId === 'being')!.item![0];
    expect(being.answer![0].valueCoding!.code).to.equal(NOT_OBSERVED_CODE);
    expect(being.answer![0].item![0].answer![0].valueString).to.equal('Not seen <b>this</b>');
    expect(isFhirQuestionnaireResponse(resource)).to.equal(true);
  });
});

describe('reading a FHIR QuestionnaireResponse back', () => {
  it('round trip: every response of a 360, through FHIR and back, gives the same report', () => {
    const back: ResponseInput[] = responses.map((response, i) => {
      const read = responseFromFhir(JSON.parse(JSON.stringify(responseToFhir(response, realFramework))), realFramework);
      expect(read.ok, JSON.stringify(!read.ok && read.problems)).to.equal(true);
      return { name: `fhir-${i}.json`, json: read.ok ? read.value : null };
    });
    const before = aggregate(realFramework, twelveRaters);
    const after = aggregate(realFramework, back);
    expect(after.respondents.raters + (after.respondents.self ? 1 : 0)).to.equal(responses.length);
    expect(after.rejected ?? []).to.deep.equal([]);
    // File names differ by design (they name the files read); every figure, comment and count is the same.
    const strip = (result: unknown) => JSON.parse(JSON.stringify(result, (key, value) => (key === 'name' || key === 'files' || key === 'submittedAt' ? undefined : value)));
    expect(strip(after)).to.deep.equal(strip(before));
  });

  it('keeps answers, comment, group and id exactly, and the date to the day', () => {
    const read = responseFromFhir(responseToFhir(rater, realFramework), realFramework);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.value.answers).to.deep.equal(rater.answers);
    expect(read.value.relationship).to.equal(rater.relationship);
    expect(read.value.id).to.equal(rater.id);
    expect(read.value.submittedAt).to.equal(rater.submittedAt.slice(0, 10));
  });

  const bad: Array<[string, (r: Record<string, any>) => unknown, string]> = [
    ['not an object', () => 'hello', ''],
    ['another resource type', (r) => ({ ...r, resourceType: 'Patient' }), '/resourceType'],
    ['another questionnaire', (r) => ({ ...r, questionnaire: 'https://example.org/Questionnaire/phq-9' }), '/questionnaire'],
    ['not completed', (r) => ({ ...r, status: 'in-progress' }), '/status'],
    ['no subject identifier', (r) => ({ ...r, subject: { display: 'Sam' } }), '/subject/identifier'],
    ['a bad date', (r) => ({ ...r, authored: 'yesterday' }), '/authored'],
    ['no group for a rater', (r) => ({ ...r, extension: r.extension.filter((e: { url: string }) => e.url !== RATER_GROUP_EXTENSION) }), '/extension'],
    ['an unknown theme', (r) => { r.item[0].linkId = 'nope'; return r; }, '/item/0/linkId'],
    ['an unknown item', (r) => { r.item[0].item[1].linkId = 'being.nope'; return r; }, '/item/0/item/1/linkId'],
    ['a value off the scale', (r) => { r.item[1].item[0].answer[0].valueCoding.code = '9'; return r; }, '/item/1/item/0/answer/0/valueCoding'],
    ['two answers to one item', (r) => { r.item[0].item[0].answer.push(r.item[0].item[0].answer[0]); return r; }, '/item/0/item/0/answer'],
  ];
  for (const [name, spoil, path] of bad) {
    it(`names the problem and its path: ${name}`, () => {
      const resource = clone(responseToFhir(rater, realFramework)) as unknown as Record<string, any>;
      const read = responseFromFhir(spoil(resource), realFramework);
      expect(read.ok).to.equal(false);
      if (read.ok) return;
      expect(read.problems.map((p) => p.path), JSON.stringify(read.problems)).to.include(path);
      for (const problem of read.problems) expect(problem.message).to.be.a('string').and.not.equal('');
    });
  }

  it('refuses a response made for another framework', () => {
    const tinyResponse = makeResponse({ id: 't', framework: tinyFramework, answers: [{ itemId: 'alpha.q1', value: 3 }] });
    const read = responseFromFhir(responseToFhir(tinyResponse, tinyFramework) as FhirQuestionnaireResponse, realFramework);
    expect(read.ok).to.equal(false);
    if (!read.ok) expect(read.problems[0].path).to.equal('/questionnaire');
  });
});

describe('FHIR files for the report', () => {
  it('a file that is not FHIR is left to the ordinary reader', async () => {
    const { fhirResponseInputs } = await import('../../src/core/fhir.js');
    expect(fhirResponseInputs('a.json', JSON.stringify(rater), realFramework)).to.equal(null);
    expect(fhirResponseInputs('a.json', '{"resourceType": "Bundle", "entry": ', realFramework)).to.equal(null);
    expect(fhirResponseInputs('a.json', '{"resourceType": "Bundle", "type": "collection"}', realFramework)).to.equal(null);
  });

  it('a Bundle entry that is not a QuestionnaireResponse is listed, not dropped', async () => {
    const { fhirBundle, fhirResponseInputs } = await import('../../src/core/fhir.js');
    const text = JSON.stringify(fhirBundle([responseToFhir(rater, realFramework), { resourceType: 'Patient', id: 'p' }]));
    const inputs = fhirResponseInputs('export.json', text, realFramework)!;
    expect(inputs.map((i) => i.name)).to.deep.equal(['export.json (entry 1)', 'export.json (entry 2)']);
    expect(inputs[0].json).to.deep.include({ id: rater.id });
    expect(inputs[1].error).to.contain('not a QuestionnaireResponse');
  });
});
