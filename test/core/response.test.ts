// Runs in Node and in Chromium.
import { expect } from 'chai';
import { buildResponse, responseFileName, unansweredItems } from '../../src/core/response.js';
import { validateResponse } from '../../src/core/validate.js';
import { allItems } from '../../src/core/framework.js';
import type { Draft } from '../../src/core/types.js';
import { hostileFramework, realFramework } from '../../data/examples/frameworks.js';

function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    schemaVersion: 1,
    assessmentId: 'team-2026',
    respondent: 'self',
    framework: { id: 'lpc-core-framework', version: '2020-01' },
    savedAt: 10,
    answers: {},
    ...overrides,
  };
}

const when = new Date('2026-11-23T10:00:00Z');

describe('buildResponse', () => {
  it('builds a complete self response that passes validateResponse, in the document\'s order', () => {
    const ids = allItems(realFramework).map(({ item }) => item.id);
    const answers = Object.fromEntries([...ids].reverse().map((id, i) => [id, { value: (i % 5) + 1, updatedAt: i }]));
    const response = buildResponse({ draft: draft({ answers }), framework: realFramework, id: 'abc', submittedAt: when });
    expect(validateResponse(response, realFramework)).to.deep.equal({ ok: true, value: response });
    expect(response.answers.map((a) => a.itemId)).to.deep.equal(ids);
    expect(response).to.include({ respondent: 'self', assessmentId: 'team-2026', scaleId: 'lpc-frequency-5', submittedAt: '2026-11-23T10:00:00.000Z' });
    expect(response).to.not.have.property('relationship');
  });

  it('gives a rater\'s relationship and nothing that names the rater', () => {
    const response = buildResponse({
      draft: draft({ respondent: 'rater', relationship: 'peer', answers: { 'being.q1': { value: 'not-observed', comment: '  New to the team  ', updatedAt: 1 } } }),
      framework: realFramework,
      id: 'r1',
      submittedAt: when,
    });
    expect(validateResponse(response, realFramework).ok).to.equal(true);
    expect(response.relationship).to.equal('peer');
    expect(response.answers).to.deep.equal([{ itemId: 'being.q1', value: 'not-observed', comment: 'New to the team' }]);
    expect(Object.keys(response).sort()).to.deep.equal(['answers', 'assessmentId', 'framework', 'id', 'relationship', 'respondent', 'scaleId', 'schemaVersion', 'submittedAt']);
  });

  it('leaves out unanswered items, unknown items and values off the scale', () => {
    const response = buildResponse({
      draft: draft({ answers: {
        'being.q1': { comment: 'only a comment', updatedAt: 1 },
        'being.retired-item': { value: 3, updatedAt: 1 },
        'being.q2': { value: 9, updatedAt: 1 },
        'being.q3': { value: 2, updatedAt: 1 },
      } }),
      framework: realFramework,
      id: 'x',
      submittedAt: when,
    });
    expect(response.answers).to.deep.equal([{ itemId: 'being.q3', value: 2 }]);
    expect(validateResponse(response, realFramework).ok).to.equal(true);
  });

  it('keeps hostile text as plain data', () => {
    const response = buildResponse({
      draft: draft({ answers: { 'markup.b1': { value: 1, comment: '<img src=x onerror=alert(1)>', updatedAt: 1 } } }),
      framework: hostileFramework,
      id: 'h',
      submittedAt: when,
    });
    expect(response.answers[0].comment).to.equal('<img src=x onerror=alert(1)>');
    expect(validateResponse(response, hostileFramework).ok).to.equal(true);
  });

  it('lists the unanswered items of a theme', () => {
    const being = realFramework.themes[0];
    const missing = unansweredItems(draft({ answers: { 'being.q1': { value: 1, updatedAt: 1 }, 'being.q2': { comment: 'x', updatedAt: 1 } } }), realFramework, being);
    expect(missing.map((item) => item.id)).to.not.include('being.q1');
    expect(missing.map((item) => item.id)).to.include('being.q2');
    expect(missing).to.have.length(being.behaviours.length + being.qualities.length - 1);
  });

  it('names download files safely', () => {
    expect(responseFileName('Team 2026 / north', 'rater')).to.equal('lpc-360-Team-2026-north-rater.json');
    expect(responseFileName('../..', 'self', 'draft')).to.equal('lpc-360-assessment-self-saved-answers.json');
  });

  it('gives each response file a unique name: assessment, group and a short response id', () => {
    const a = responseFileName('team-2026', 'peer', 'answers', '3f6c2a1b-0d4e-4c1a-9f00-1234567890ab');
    const b = responseFileName('team-2026', 'peer', 'answers', '9a8b7c6d-0d4e-4c1a-9f00-1234567890ab');
    expect(a).to.equal('lpc-360-team-2026-peer-3f6c2a1b.json');
    expect(b).to.not.equal(a);
    expect(responseFileName('team-2026', 'line-manager', 'answers', 'abc')).to.equal('lpc-360-team-2026-line-manager-abc.json');
  });
});
