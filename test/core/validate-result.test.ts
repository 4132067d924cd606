// Runs in Node and in Chromium.
import { expect } from 'chai';
import { aggregate } from '../../src/core/aggregate.js';
import { validateAggregateResult } from '../../src/core/validate-result.js';
import { realFramework } from '../../data/examples/frameworks.js';
import { twelveRaters, onlySelf, groupBelowThreshold } from '../../data/examples/responses.js';

const fresh = (responses = twelveRaters) => JSON.parse(JSON.stringify(aggregate(realFramework, responses)));

describe('validateAggregateResult', () => {
  it('accepts what aggregate() returns, through JSON (as the collector serves it)', () => {
    for (const set of [twelveRaters, onlySelf, groupBelowThreshold, []]) {
      const checked = validateAggregateResult(fresh(set));
      expect(checked.ok, JSON.stringify(!checked.ok && checked.problems.slice(0, 3))).to.equal(true);
    }
  });

  it('names the path of a wrong value, after one plain problem at the root', () => {
    const result = fresh();
    result.items[3].allRaters.mean = '<img src=x onerror=alert(1)>';
    const checked = validateAggregateResult(result);
    expect(checked.ok).to.equal(false);
    if (checked.ok) return;
    expect(checked.problems[0].path).to.equal('');
    expect(checked.problems[0].message).to.match(/not a 360 report/);
    expect(checked.problems.map((p) => p.path)).to.include('/items/3/allRaters');
  });

  it('refuses unknown properties, a missing part, and non-objects', () => {
    const extra = fresh();
    extra.respondents.rawAnswers = [{ value: 5 }];
    const checked = validateAggregateResult(extra);
    expect(!checked.ok && checked.problems.some((p) => p.path.startsWith('/respondents'))).to.equal(true);
    const missing = fresh();
    delete missing.themes;
    expect(validateAggregateResult(missing).ok).to.equal(false);
    for (const junk of [null, 'report', 42, []]) expect(validateAggregateResult(junk).ok).to.equal(false);
  });

  it('refuses an item whose theme is not in the result, and a scale that does not rise', () => {
    const result = fresh();
    result.items[0].themeId = 'nowhere';
    const checked = validateAggregateResult(result);
    expect(!checked.ok && checked.problems[1].path).to.equal('/items/0/themeId');
    const scale = fresh();
    scale.scale.values = [1, 3, 2];
    expect(validateAggregateResult(scale).ok).to.equal(false);
  });
});
