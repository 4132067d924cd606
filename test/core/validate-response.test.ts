// Runs in Node and in Chromium.
import { expect } from 'chai';
import { validateResponse, validateDraft } from '../../src/core/validate.js';
import type { AssessmentResponse } from '../../src/core/types.js';
import { realFramework } from '../../data/examples/frameworks.js';

function response(overrides: Partial<AssessmentResponse> = {}): AssessmentResponse {
  return {
    schemaVersion: 1,
    id: 'r-1',
    assessmentId: 'team-2026',
    framework: { id: 'lpc-core-framework', version: '2020-01' },
    scaleId: 'lpc-frequency-5',
    respondent: 'rater',
    relationship: 'peer',
    submittedAt: '2026-11-23T10:00:00Z',
    answers: [
      { itemId: 'being.authenticity', value: 4 },
      { itemId: 'being.q1', value: 'not-observed', comment: 'No chance to see this yet' },
    ],
    ...overrides,
  };
}

function pathsOf(json: unknown): string[] {
  const result = validateResponse(json, realFramework);
  return result.ok ? [] : result.problems.map((p) => p.path);
}

describe('validateResponse', () => {
  it('accepts a well-formed response', () => {
    expect(validateResponse(response(), realFramework).ok).to.equal(true);
  });
  it('names an unknown item', () => {
    expect(pathsOf(response({ answers: [{ itemId: 'being.charisma', value: 3 }] }))).to.deep.equal(['/answers/0/itemId']);
  });
  it('names a value off the scale', () => {
    expect(pathsOf(response({ answers: [{ itemId: 'being.q2', value: 9 }] }))).to.deep.equal(['/answers/0/value']);
  });
  it('names a value that is neither a number nor "not-observed"', () => {
    const result = validateResponse(response({ answers: [{ itemId: 'being.q2', value: 'often' as never }] }), realFramework);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.problems).to.have.length(1);
      expect(result.problems[0].path).to.equal('/answers/0/value');
      expect(result.problems[0].message).to.match(/not a rating/);
    }
  });
  it('names the wrong framework id and version', () => {
    expect(pathsOf(response({ framework: { id: 'other-framework', version: '1' } }))).to.deep.equal(['/framework/id', '/framework/version']);
  });
  it('names the wrong scale', () => {
    expect(pathsOf(response({ scaleId: 'agree-7' }))).to.deep.equal(['/scaleId']);
  });
  it('names an item answered twice', () => {
    const answers = [{ itemId: 'being.q2', value: 3 }, { itemId: 'being.q2', value: 4 }];
    expect(pathsOf(response({ answers }))).to.deep.equal(['/answers/1/itemId']);
  });
  it('needs a relationship from raters, not from the leader', () => {
    expect(pathsOf(response({ relationship: undefined }))).to.deep.equal(['/relationship']);
    expect(pathsOf(response({ respondent: 'self', relationship: undefined }))).to.deep.equal([]);
  });
  it('rejects a file that is not a response', () => {
    expect(pathsOf(realFramework)).to.include('/schemaVersion');
    expect(pathsOf('hello')).to.deep.equal(['']);
  });
  it('rejects extra personal fields it does not know', () => {
    expect(pathsOf({ ...response(), email: 'someone@example.org' })).to.deep.equal(['/email']);
  });
  it('rejects a bad date', () => {
    expect(pathsOf(response({ submittedAt: 'yesterday' }))).to.deep.equal(['/submittedAt']);
  });
});

describe('validateDraft', () => {
  it('accepts a draft and names a bad answer', () => {
    const draft = {
      schemaVersion: 1, assessmentId: 'a', respondent: 'self', framework: { id: 'lpc-core-framework', version: '2020-01' },
      savedAt: 1, answers: { 'being.q1': { value: 3, updatedAt: 1 } },
    };
    expect(validateDraft(draft).ok).to.equal(true);
    const bad = { ...draft, answers: { 'being.q1': { value: 'lots', updatedAt: 1 } } };
    const result = validateDraft(bad);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems[0].path).to.equal('/answers/being.q1/value');
  });
  it('rejects an older schema version', () => {
    const result = validateDraft({ schemaVersion: 0, assessmentId: 'a', respondent: 'self', framework: { id: 'x', version: '1' }, savedAt: 1, answers: {} });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems[0].path).to.equal('/schemaVersion');
  });
});

describe('validateResponse: a file that is not a response', () => {
  it('says so first, in plain words at the root of the file, then gives the details', () => {
    const result = validateResponse(realFramework, realFramework);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems[0].path).to.equal('');
    expect(result.problems[0].message).to.match(/^This file is not a 360 response for this framework\./);
    expect(result.problems[0].message).to.contain('"schemaVersion"');
    expect(result.problems.slice(1).map((p) => p.path)).to.include('/schemaVersion');
    expect(result.problems.slice(1).every((p) => p.path !== '')).to.equal(true);
  });
  it('gives one plain problem for a value that is not an object', () => {
    for (const json of [null, 'hello', 42, [1, 2]]) {
      const result = validateResponse(json, realFramework);
      expect(result.ok).to.equal(false);
      if (result.ok) continue;
      expect(result.problems).to.have.length(1);
      expect(result.problems[0].path).to.equal('');
      expect(result.problems[0].message).to.match(/^This file is not a 360 response for this framework\. Expected an object, found/);
    }
  });
  it('keeps the detailed problems alone for a response with a few mistakes', () => {
    const result = validateResponse({ ...response(), schemaVersion: undefined, email: 'x' }, realFramework);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).to.deep.equal(['/schemaVersion', '/email']);
  });
});
