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

describe('validateAggregateResult: repeated items', () => {
  it('shows only checked items: the repeated lists are rebuilt from items, and match them', () => {
    const result = fresh();
    const checked = validateAggregateResult(result);
    expect(checked.ok).to.equal(true);
    if (!checked.ok) return;
    const original = aggregate(realFramework, twelveRaters);
    expect(JSON.parse(JSON.stringify(checked.value))).to.deep.equal(JSON.parse(JSON.stringify(original)));
    expect(checked.value.themes[0].items[0]).to.equal(checked.value.items.find((i) => i.itemId === checked.value.themes[0].items[0].itemId));
  });

  it('refuses a repeated entry that names no item, or an item of another theme', () => {
    const unknown = fresh();
    unknown.highest[0] = { itemId: 'nowhere' };
    const a = validateAggregateResult(unknown);
    expect(!a.ok && a.problems.map((p) => p.path)).to.include('/highest/0');
    const elsewhere = fresh();
    elsewhere.themes[0].items[0] = elsewhere.themes[1].items[0];
    const b = validateAggregateResult(elsewhere);
    expect(!b.ok && b.problems.map((p) => p.path)).to.include('/themes/0/items/0');
  });

  it('a hostile value inside a repeated copy never reaches the page (the checked item is shown instead)', () => {
    const result = fresh();
    result.themes[0].items[0].label = '<img src=x onerror=alert(1)>';
    const checked = validateAggregateResult(result);
    expect(checked.ok && checked.value.themes[0].items[0].label).not.to.contain('<img');
  });
});
