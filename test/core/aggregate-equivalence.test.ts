// Runs in Node and in Chromium: aggregate() (lookups built once, counts in typed arrays, compiled
// validators) gives exactly what the straightforward reference gives (test/reference/aggregate.ts:
// the implementation it replaced), results and problems alike, on thousands of random panels with
// valid and invalid files.
import { expect } from 'chai';
import { aggregate, type AggregateOptions, type ResponseInput } from '../../src/core/aggregate.js';
import { validateResponse } from '../../src/core/validate.js';
import { referenceAggregate } from '../reference/aggregate.js';
import { validateResponse as referenceValidate } from '../reference/validate.js';
import { realFramework, tinyFramework } from '../../data/examples/frameworks.js';
import { makeResponse } from '../../data/examples/responses.js';
import { allItems } from '../../src/core/framework.js';
import type { Answer, Framework } from '../../src/core/types.js';

/** A small seeded random number generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GROUPS = ['line-manager', 'peer', 'direct-report', 'other', 'people-who-use-services'];

/** One answer of a response to break (one is added when it has none). */
function answerOf(json: Record<string, any>, pick: (n: number) => number): Record<string, unknown> {
  if (!json.answers.length) json.answers.push({ itemId: 'alpha.q1', value: 3 });
  return json.answers[pick(json.answers.length)];
}

/** Ways to break a response, each one a mistake a real file could have. */
const BREAKS: Array<(json: Record<string, any>, pick: (n: number) => number) => unknown> = [
  (j, pick) => { answerOf(j, pick).value = 9; return j; },
  (j, pick) => { answerOf(j, pick).value = 'often'; return j; },
  (j, pick) => { answerOf(j, pick).value = null; return j; },
  (j, pick) => { answerOf(j, pick).value = 2.5; return j; },
  (j, pick) => { answerOf(j, pick).itemId = 'alpha.charisma'; return j; },
  (j, pick) => { answerOf(j, pick).itemId = 'Not An Id'; return j; },
  (j) => { if (j.answers.length > 1) j.answers[1].itemId = j.answers[0].itemId; return j; },
  (j) => { delete j.relationship; return j; },
  (j) => { j.respondent = 'boss'; return j; },
  (j) => { j.schemaVersion = 2; return j; },
  (j) => { j.email = 'someone@example.org'; return j; },
  (j) => { j.framework.version = '1999'; return j; },
  (j) => { j.framework = { id: 'other-framework', version: '1' }; return j; },
  (j) => { j.scaleId = 'agree-7'; return j; },
  (j) => { j.submittedAt = 'yesterday'; return j; },
  (j, pick) => { answerOf(j, pick).comment = 'x'.repeat(2001); return j; },
  (j) => { j.answers = {}; return j; },
  (j) => { delete j.answers; delete j.id; delete j.scaleId; delete j.submittedAt; return j; },
  () => null,
  () => 'a string',
  () => [],
  () => ({}),
  () => realFramework,
];

function panel(framework: Framework, next: () => number): { inputs: ResponseInput[]; options: AggregateOptions } {
  const pick = (n: number) => Math.floor(next() * n);
  const items = allItems(framework).map(({ item }) => item.id);
  const values = framework.ratingScale.points.map((p) => p.value);
  const answers = (self: boolean): Answer[] => items
    .filter(() => next() < 0.95) // sometimes an item is not answered at all
    .map((itemId) => {
      const value = next() < (self ? 0.1 : 0.25) ? 'not-observed' : values[pick(values.length)];
      return next() < 0.15 ? { itemId, value, comment: ['Listens well.', 'Clear.', '  ', 'Could delegate more.'][pick(4)] } : { itemId, value };
    });
  const inputs: ResponseInput[] = [];
  const selves = next() < 0.85 ? 1 + (next() < 0.15 ? 1 : 0) : 0;
  for (let i = 0; i < selves; i++) {
    inputs.push({ name: `self-${i}.json`, json: makeResponse({ id: `self-${i}`, framework, respondent: 'self', submittedAt: `2026-11-2${i}T09:00:00Z`, answers: answers(true) }) });
  }
  const raters = pick(18);
  for (let i = 0; i < raters; i++) {
    const json = makeResponse({ id: `r-${i}`, framework, relationship: GROUPS[pick(GROUPS.length)], answers: answers(false) }) as unknown as Record<string, any>;
    if (next() < 0.05) json.assessmentId = 'another-360';
    let content: unknown = json;
    if (next() < 0.12) content = BREAKS[pick(BREAKS.length)](json, pick);
    const roll = next();
    if (roll < 0.03) inputs.push({ name: `r-${i}.json`, text: '<!doctype html><p>Sign in</p>' });
    else if (roll < 0.05) inputs.push({ name: `r-${i}.json`, error: 'The file is too large.' });
    else if (roll < 0.1) inputs.push({ name: `r-${i}.json`, text: JSON.stringify(content) });
    else inputs.push({ name: `r-${i}.json`, json: content });
    if (next() < 0.05) inputs.push({ name: `r-${i}-copy.json`, json: content }); // the same file twice
  }
  const options: AggregateOptions = {};
  if (next() < 0.3) options.margin = [0.5, 0.3, 1, 1.5, 2, 0.25, 1.0000000001][pick(7)];
  if (next() < 0.3) options.minimums = Object.fromEntries(GROUPS.filter(() => next() < 0.5).map((g) => [g, 1 + pick(4)]));
  if (next() < 0.2) options.poolMinimum = 2 + pick(3);
  if (next() < 0.2) options.allRatersMinimum = 3 + pick(2);
  if (next() < 0.2) options.commentMinimum = 2 + pick(3);
  if (next() < 0.2) options.invited = 1 + pick(20);
  if (next() < 0.1) options.extremes = pick(5);
  return { inputs: next() < 0.5 ? inputs : inputs.reverse(), options };
}

describe('aggregate: the same answers as the reference implementation', () => {
  for (const [name, framework, trials, seed] of [
    ['tiny framework', tinyFramework, 2500, 20261202],
    ['real framework (27 items)', realFramework, 400, 7],
  ] as const) {
    it(`${name}: ${trials} random panels, valid and invalid files`, () => {
      const next = random(seed);
      let rejected = 0;
      let flagged = 0;
      for (let trial = 0; trial < trials; trial++) {
        const { inputs, options } = panel(framework, next);
        const ours = aggregate(framework, inputs, options);
        const reference = referenceAggregate(framework, structuredClone(inputs), options);
        expect(ours, `trial ${trial}`).to.deep.equal(reference);
        rejected += ours.rejected.length;
        flagged += ours.blindSpots.length + ours.hiddenStrengths.length;
      }
      // The random cases exercise what they should.
      expect(rejected, 'rejected files').to.be.greaterThan(trials / 2);
      expect(flagged, 'blind spots and hidden strengths').to.be.greaterThan(trials / 4);
    });
  }

  it('validateResponse gives the reference problems for every way of breaking a file', () => {
    const next = random(99);
    let invalid = 0;
    for (let trial = 0; trial < 1500; trial++) {
      const framework = trial % 3 ? tinyFramework : realFramework;
      const { inputs } = panel(framework, next);
      for (const input of inputs) {
        if (input.json === undefined) continue;
        const ours = validateResponse(input.json, framework);
        expect(ours, `trial ${trial}, ${input.name}`).to.deep.equal(referenceValidate(input.json, framework));
        if (!ours.ok) invalid++;
      }
      const broken = BREAKS[trial % BREAKS.length](structuredClone(makeResponse({ id: 'x', framework, answers: [{ itemId: allItems(framework)[0].item.id, value: 3 }, { itemId: allItems(framework)[1].item.id, value: 'not-observed' }] })) as unknown as Record<string, any>, () => 0);
      expect(validateResponse(broken, framework)).to.deep.equal(referenceValidate(broken, framework));
    }
    expect(invalid).to.be.greaterThan(500);
  });
});
