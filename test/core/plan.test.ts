// Runs in Node and in Chromium: suggestions for a development plan, and checking plan files.
import { expect } from 'chai';
import { aggregate, type AggregateResult } from '../../src/core/aggregate.js';
import { describeFigures, planBodyBytes, planItemFor, suggestPlanItems, validatePlan, planToJson } from '../../src/core/plan.js';
import { realFramework } from '../../data/examples/frameworks.js';
import { twelveRaters, onlySelf, groupBelowThreshold } from '../../data/examples/responses.js';
import type { DevelopmentPlan } from '../../src/core/types.js';

const result = aggregate(realFramework, twelveRaters, { invited: 12 });

function plan(items: DevelopmentPlan['items'] = []): DevelopmentPlan {
  return { schemaVersion: 1, assessmentId: 'leader-360-2026', framework: { id: realFramework.id, version: realFramework.version }, updatedAt: '2026-12-02T10:00:00Z', items };
}

describe('plan: suggestions', () => {
  const suggestions = suggestPlanItems(result);

  it('puts blind spots first, then the lowest items, then hidden strengths', () => {
    const reasons = suggestions.map((s) => s.reasons[0]);
    const order = ['blind-spot', 'lowest', 'hidden-strength'];
    expect(reasons.map((r) => order.indexOf(r))).to.deep.equal([...reasons.map((r) => order.indexOf(r))].sort());
    const every = suggestions.flatMap((s) => s.reasons);
    expect(every).to.include('blind-spot');
    expect(every).to.include('hidden-strength');
    // In this example the lowest items are also blind spots, so "lowest" is their second reason.
    expect(every).to.include('lowest');
  });

  it('gives each suggestion the figures that put it there, from the report', () => {
    for (const s of suggestions) {
      const item = result.items.find((i) => i.itemId === s.itemId)!;
      expect(item.allRaters.status).to.equal('shown');
      expect(s.figures.allRaters).to.equal((item.allRaters as { mean: number }).mean);
      expect(s.figures.count).to.equal(item.allRaters.count);
      expect(s.figures.self).to.equal(item.self);
      if (s.reasons.includes('blind-spot')) expect(s.figures.gap!).to.be.at.most(-1 + 1e-9);
      if (s.reasons.includes('hidden-strength')) expect(s.figures.gap!).to.be.at.least(1 - 1e-9);
    }
  });

  it('lists an item once, with every reason it has', () => {
    const ids = suggestions.map((s) => s.itemId);
    expect(new Set(ids).size).to.equal(ids.length);
    // delivering.q2 (index 22) is a blind spot (self 4, others about 2) and one of the lowest items.
    const both = suggestions.filter((s) => s.reasons.length > 1);
    for (const s of both) expect(new Set(s.reasons).size).to.equal(s.reasons.length);
  });

  it('takes at most perReason items from each list', () => {
    const few = suggestPlanItems(result, { perReason: 1 });
    expect(few.length).to.be.at.most(3);
    expect(few.length).to.be.at.least(1);
  });

  it('suggests nothing from a report with no rater figures', () => {
    expect(suggestPlanItems(aggregate(realFramework, onlySelf))).to.deep.equal([]);
  });

  it('never suggests an item from a hidden figure, even if a tampered result lists it', () => {
    const tampered = structuredClone(result) as AggregateResult;
    const victim = tampered.blindSpots[0];
    victim.allRaters = { status: 'hidden', count: 2, reason: 'Hidden' };
    tampered.lowest[0].allRaters = { status: 'hidden', count: 2, reason: 'Hidden' };
    const ids = suggestPlanItems(tampered).map((s) => s.itemId);
    expect(ids).not.to.include(victim.itemId);
    expect(ids).not.to.include(tampered.lowest[0].itemId);
  });

  it('does not take a blind spot the figures do not support', () => {
    const tampered = structuredClone(result) as AggregateResult;
    const listed = tampered.blindSpots[0];
    listed.self = (listed.allRaters as { mean: number }).mean; // no gap any more
    expect(suggestPlanItems(tampered).find((s) => s.itemId === listed.itemId && s.reasons.includes('blind-spot'))).to.equal(undefined);
  });

  it('works from a report where some groups are pooled', () => {
    const pooled = aggregate(realFramework, groupBelowThreshold);
    for (const s of suggestPlanItems(pooled)) expect(pooled.items.find((i) => i.itemId === s.itemId)!.allRaters.status).to.equal('shown');
  });

  it('describes the figures in words, with the count', () => {
    expect(describeFigures({ self: 5, allRaters: 3, count: 12, gap: -2 })).to.equal('All raters: 3.0 on average (12 scores), 2.0 lower than yours. You gave yourself 5.');
    expect(describeFigures({ self: 2, allRaters: 4.25, count: 1, gap: 2.25 })).to.equal('All raters: 4.3 on average (1 score), 2.3 higher than yours. You gave yourself 2.');
    expect(describeFigures({ self: null, allRaters: 3.5, count: 4, gap: null })).to.equal('All raters: 3.5 on average (4 scores). You did not give yourself a score.');
  });
});

describe('plan: validatePlan', () => {
  const s = suggestPlanItems(result)[0];
  const item = { ...planItemFor(s), action: 'Ask my team for feedback after each meeting', reviewOn: '2027-06-30' };

  it('accepts a plan made from suggestions, and its JSON file', () => {
    const checked = validatePlan(JSON.parse(planToJson(plan([item]))), realFramework);
    expect(checked.ok, JSON.stringify(checked)).to.equal(true);
  });

  it('names the path of each problem', () => {
    const bad = plan([{ ...item, reviewOn: '2027-02-30' }, { ...item }]) as unknown as Record<string, unknown>;
    const checked = validatePlan(bad, realFramework);
    expect(checked.ok).to.equal(false);
    if (checked.ok) return;
    expect(checked.problems.map((p) => p.path)).to.deep.equal(['/items/0/reviewOn', '/items/1/itemId']);
  });

  it('refuses unknown fields, long text and too many items through the generated schema', () => {
    const long = validatePlan(plan([{ ...item, action: 'x'.repeat(2001) }]));
    expect(long.ok).to.equal(false);
    if (!long.ok) expect(long.problems[0].path).to.equal('/items/0/action');
    const extra = validatePlan({ ...plan([item]), secret: 1 });
    expect(extra.ok).to.equal(false);
    const many = validatePlan(plan(Array.from({ length: 11 }, () => item)));
    expect(many.ok).to.equal(false);
    if (!many.ok) expect(many.problems[0].path).to.equal('/items');
  });

  it('checks items against the framework', () => {
    const wrong = validatePlan(plan([{ ...item, itemId: 'nothing.here' }, { ...item, itemId: s.itemId, themeId: 'being' === s.themeId ? 'relating' : 'being' }]), realFramework);
    expect(wrong.ok).to.equal(false);
    if (!wrong.ok) expect(wrong.problems.map((p) => p.path)).to.deep.equal(['/items/0/itemId', '/items/1/themeId']);
  });

  it('never throws on hostile input', () => {
    for (const value of [null, 3, 'plan', [], { items: 'x' }, { schemaVersion: 2 }]) {
      const checked = validatePlan(value);
      expect(checked.ok).to.equal(false);
    }
  });
});

describe('plan: the size the collector receives', () => {
  it('counts the bytes of PUT /plan: compact JSON in UTF-8', () => {
    const small = plan([{ ...planItemFor({ itemId: 'being.q1', themeId: 'being' }), action: 'café €' }]);
    expect(planBodyBytes(small)).to.equal(JSON.stringify(small).length + 1 + 2);
  });
});
