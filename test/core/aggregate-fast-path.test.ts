// Runs in Node and in Chromium: the one-pass valid path of response checking (response-check.ts)
// takes the files it should, and leaves every unusual file to the full check, which then gives
// exactly the reference's problems (test/reference/validate.ts) and the reference's report.
import { expect } from 'chai';
import { aggregate } from '../../src/core/aggregate.js';
import { fastPathReady, plainUtcDateTime } from '../../src/core/response-check.js';
import { validateResponse } from '../../src/core/validate.js';
import { referenceAggregate } from '../reference/aggregate.js';
import { validateResponse as referenceValidate } from '../reference/validate.js';
import { realFramework, tinyFramework } from '../../data/examples/frameworks.js';
import { makeResponse } from '../../data/examples/responses.js';
import { allItems } from '../../src/core/framework.js';
import type { Answer, Framework } from '../../src/core/types.js';

function response(framework: Framework, answers?: Answer[]): Record<string, any> {
  const ids = allItems(framework).map(({ item }) => item.id);
  return makeResponse({ id: 'r-1', framework, answers: answers ?? ids.map((itemId, i) => ({ itemId, value: i % 4 ? 1 + (i % 5) : 'not-observed' })) }) as unknown as Record<string, any>;
}

/** Files the fast path must hand to the full check, each next to a valid one. */
const UNUSUAL: Array<[string, (json: Record<string, any>) => unknown]> = [
  ['answers out of the framework order', (j) => { j.answers.reverse(); return j; }],
  ['an item left out', (j) => { j.answers.splice(1, 1); return j; }],
  ['an item answered twice', (j) => { j.answers.push({ ...j.answers[0] }); return j; }],
  ['an unknown item', (j) => { j.answers[0].itemId = 'being.charisma'; return j; }],
  ['an id that is not an id', (j) => { j.answers[0].itemId = 'Being Authentic'; return j; }],
  ['a number id', (j) => { j.answers[0].itemId = 7; return j; }],
  ['a value off the scale', (j) => { j.answers[0].value = 9; return j; }],
  ['a value that is not a number', (j) => { j.answers[0].value = '3'; return j; }],
  ['a value of NaN', (j) => { j.answers[0].value = Number.NaN; return j; }],
  ['a value of -0', (j) => { j.answers[0].value = -0; return j; }],
  ['a value left undefined', (j) => { j.answers[0].value = undefined; return j; }],
  ['an extra property on an answer', (j) => { j.answers[0].score = 3; return j; }],
  ['a comment', (j) => { j.answers[0].comment = 'Listens well.'; return j; }],
  ['a comment left undefined', (j) => { j.answers[0].comment = undefined; return j; }],
  ['a comment that is too long', (j) => { j.answers[0].comment = 'x'.repeat(2001); return j; }],
  ['a comment that is not text', (j) => { j.answers[0].comment = 5; return j; }],
  ['an answer that is a list', (j) => { j.answers[0] = ['being.authenticity', 3]; return j; }],
  ['an answer that is null', (j) => { j.answers[0] = null; return j; }],
  ['an inherited item id', (j) => { j.answers[0] = Object.assign(Object.create({ itemId: j.answers[0].itemId }), { value: 3 }); return j; }],
  ['an answer with no prototype', (j) => { j.answers[0] = Object.assign(Object.create(null), j.answers[0]); return j; }],
  ['an item id that is not enumerable', (j) => { Object.defineProperty(j.answers[0], 'itemId', { enumerable: false }); return j; }],
  ['a getter that throws', (j) => { Object.defineProperty(j.answers[0], 'value', { enumerable: true, get() { throw new Error('no'); } }); return j; }],
  ['an answer that is a list with the two properties', (j) => { j.answers[0] = Object.assign([], j.answers[0]); return j; }],
  ['an answer made by a class', (j) => { j.answers[0] = Object.assign(new (class Answer {})(), j.answers[0]); return j; }],
  ['an answer with an inherited extra property', (j) => { j.answers[0] = Object.assign(Object.create({ note: 'x' }), j.answers[0]); return j; }],
  ['an answer with an inherited comment', (j) => { j.answers[0] = Object.assign(Object.create({ comment: 'x' }), j.answers[0]); return j; }],
  ['a time with milliseconds', (j) => { j.submittedAt = '2026-11-20T09:00:00.123Z'; return j; }],
  ['a day that its month does not have', (j) => { j.submittedAt = '2026-02-30T09:00:00Z'; return j; }],
  ['the 29th of February of a leap year', (j) => { j.submittedAt = '2028-02-29T09:00:00Z'; return j; }],
  ['a time with an offset', (j) => { j.submittedAt = '2026-11-20T09:00:00+01:00'; return j; }],
  ['the hour 24', (j) => { j.submittedAt = '2026-11-20T24:00:00Z'; return j; }],
  ['a second 60', (j) => { j.submittedAt = '2026-11-20T09:00:60Z'; return j; }],
  ['another framework version', (j) => { j.framework.version = '1999'; return j; }],
  ['another scale', (j) => { j.scaleId = 'agree-7'; return j; }],
  ['a rater with no relationship', (j) => { delete j.relationship; return j; }],
  ['a date that is not a date', (j) => { j.submittedAt = 'soon'; return j; }],
  ['answers that are not a list', (j) => { j.answers = { 0: j.answers[0] }; return j; }],
  ['too many answers', (j) => { j.answers = Array.from({ length: 2001 }, () => j.answers[0]); return j; }],
];

describe('response checking: the one-pass valid path', () => {
  it('is ready for the example frameworks (their item ids and scale values make valid answers)', () => {
    expect(fastPathReady(realFramework)).to.equal(true);
    expect(fastPathReady(tinyFramework)).to.equal(true);
  });

  for (const framework of [realFramework, tinyFramework]) {
    for (const [name, change] of UNUSUAL) {
      it(`${framework.id}: ${name} gets the reference's verdict and report`, () => {
        const json = change(response(framework));
        expect(validateResponse(json, framework), 'validateResponse').to.deep.equal(referenceValidate(json, framework));
        const inputs = [
          { name: 'self.json', json: makeResponse({ id: 'self', framework, respondent: 'self', answers: response(framework).answers }) },
          ...['a', 'b', 'c'].map((id) => ({ name: `${id}.json`, json: { ...response(framework), id } })),
          { name: 'unusual.json', json },
        ];
        expect(aggregate(framework, inputs), 'aggregate').to.deep.equal(referenceAggregate(framework, inputs));
      });
    }
  }

  it('a hole in the answers (only made in code, never by JSON) is an answer missing', () => {
    const json = response(realFramework);
    delete json.answers[0];
    expect(validateResponse(json, realFramework)).to.deep.equal({ ok: false, problems: [{ path: '/answers/0', message: 'Expected an object, found nothing.' }] });
  });

  it('an enumerable property added to Object.prototype sends every file to the full check', () => {
    const json = response(realFramework);
    const valid = validateResponse(json, realFramework);
    (Object.prototype as Record<string, unknown>).itemId = 'being.authenticity';
    try {
      const answerless = response(realFramework, [{ value: 3 } as Answer]);
      expect(validateResponse(answerless, realFramework)).to.deep.equal(referenceValidate(answerless, realFramework));
      expect(validateResponse(answerless, realFramework).ok).to.equal(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>).itemId;
    }
    expect(validateResponse(json, realFramework)).to.deep.equal(valid);
  });

  it('is off for a framework whose item ids would not pass the schema, and the full check decides', () => {
    const framework = structuredClone(tinyFramework);
    framework.themes[0].behaviours[0].id = 'Not An Id';
    expect(fastPathReady(framework)).to.equal(false);
    const json = response(framework);
    expect(validateResponse(json, framework)).to.deep.equal(referenceValidate(json, framework));
  });

  it('reads a date and time as certain only when Date.parse reads it too', () => {
    const texts = [
      '2026-11-20T09:00:00Z', '2026-11-20T09:00:00.123Z', '2028-02-29T23:59:59Z', '2000-02-29T00:00:00Z', '0000-01-01T00:00:00Z',
      '2026-02-29T09:00:00Z', '1900-02-29T09:00:00Z', '2026-04-31T09:00:00Z', '2026-13-01T09:00:00Z', '2026-00-10T09:00:00Z',
      '2026-11-00T09:00:00Z', '2026-11-20T24:00:00Z', '2026-11-20T09:60:00Z', '2026-11-20T09:00:60Z', '2026-11-20T09:00:00.1Z',
      '2026-11-20T09:00:00', '2026-11-20 09:00:00Z', '2026-11-20T09:00:00+01:00', '2026-1a-20T09:00:00Z', '+02026-11-20T09:00:00Z',
      '2026-11-20T09:00:00.12aZ', '', 'soon',
    ];
    for (const text of texts) if (plainUtcDateTime(text)) expect(Number.isNaN(Date.parse(text)), text).to.equal(false);
    // What toISOString() writes (as the assessment saves it) is always read at once.
    let seed = 11;
    for (let i = 0; i < 2000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const text = new Date(Date.UTC(1970, 0, 1) + (seed / 2 ** 32) * 1e13).toISOString();
      expect(plainUtcDateTime(text), text).to.equal(true);
    }
    expect(['2026-02-29T09:00:00Z', '2026-11-20T24:00:00Z', '2026-11-20T09:00:00+01:00', '2026-11-20T09:00:00.1Z'].some(plainUtcDateTime)).to.equal(false);
  });
});
