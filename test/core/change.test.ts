// Runs in Node and in Chromium: the change from a leader's previous 360 to this one.
import { expect } from 'chai';
import { aggregate, type ResponseInput } from '../../src/core/aggregate.js';
import { compareResults, readChange, scaleResolution } from '../../src/core/change.js';
import { tinyFramework } from '../../data/examples/frameworks.js';
import { makeResponse } from '../../data/examples/responses.js';
import { reassessment } from '../../data/examples/leaders.js';
import type { Answer, DevelopmentPlan } from '../../src/core/types.js';

const L = 'alpha.listening';
const Q = 'alpha.q1';

function round(name: string, self: [Answer['value'], Answer['value']], raters: Array<[string, Answer['value'], Answer['value']]>) {
  const inputs: ResponseInput[] = [
    { name: `${name}-self`, json: makeResponse({ id: `${name}-self`, framework: tinyFramework, respondent: 'self', answers: [{ itemId: L, value: self[0] }, { itemId: Q, value: self[1] }] }) },
    ...raters.map(([group, l, q], i) => ({
      name: `${name}-${i}`,
      json: makeResponse({ id: `${name}-${i}`, framework: tinyFramework, relationship: group, answers: [{ itemId: L, value: l }, { itemId: Q, value: q }] }),
    })),
  ];
  return aggregate(tinyFramework, inputs);
}

// Last time: 3 peers. Listening 2, 3, 2 (mean 7/3); q1 3, 3, 3. Self 4 and 3.
const previous = round('2025', [4, 3], [['peer', 2, 3], ['peer', 3, 3], ['peer', 2, 3]]);
// This time: 4 peers. Listening 4, 4, 3, 3 (mean 3.5, up 7/6); q1 3, 4, 3, 3 (3.25, up 0.25). Self 4 and 4.
const current = round('2026', [4, 4], [['peer', 4, 3], ['peer', 4, 4], ['peer', 3, 3], ['peer', 3, 3]]);

describe('change: per item', () => {
  const change = compareResults(current, previous);
  const listening = change.items.find((i) => i.itemId === L)!;
  const q1 = change.items.find((i) => i.itemId === Q)!;

  it('gives both figures, the change and both counts', () => {
    expect(listening.allRaters!.previous).to.be.closeTo(7 / 3, 1e-9);
    expect(listening.allRaters!.current).to.equal(3.5);
    expect(listening.allRaters!.change).to.be.closeTo(7 / 6, 1e-9);
    expect([listening.allRaters!.previousCount, listening.allRaters!.currentCount]).to.deep.equal([3, 4]);
    expect(change.raters).to.deep.equal({ previous: 3, current: 4 });
  });

  it('reads a change of at least one scale point as higher, a smaller one as no clear change', () => {
    expect(listening.allRaters!.reading).to.equal('higher');
    expect(q1.allRaters!.change).to.be.closeTo(0.25, 1e-9);
    expect(q1.allRaters!.reading).to.equal('no-clear-change');
  });

  it("compares the leader's own scores too", () => {
    expect(listening.self).to.deep.equal({ previous: 4, current: 4, change: 0, reading: 'no-clear-change' });
    expect(q1.self).to.deep.equal({ previous: 3, current: 4, change: 1, reading: 'higher' });
  });

  it('works out a theme over the items shown both times', () => {
    const alpha = change.themes.find((t) => t.themeId === 'alpha')!;
    expect(alpha.allRaters!.items).to.equal(2);
    expect(alpha.allRaters!.previous).to.be.closeTo((7 / 3 + 3) / 2, 1e-9);
    expect(alpha.allRaters!.current).to.be.closeTo((3.5 + 3.25) / 2, 1e-9);
    expect([alpha.allRaters!.previousCount, alpha.allRaters!.currentCount]).to.deep.equal([6, 8]);
    // (3.375 - 2.667 = 0.71): less than a scale point.
    expect(alpha.allRaters!.reading).to.equal('no-clear-change');
    expect(change.themes.find((t) => t.themeId === 'beta')!.allRaters).to.equal(null);
  });
});

describe('change: hidden figures', () => {
  // This time only 2 peers scored q1 (two chose "not observed"): its all-raters figure is hidden.
  const hiddenNow = round('2026b', [4, 4], [['peer', 4, 'not-observed'], ['peer', 4, 4], ['peer', 3, 'not-observed'], ['peer', 3, 3]]);

  it('never gives a change from a figure hidden in either round', () => {
    expect(hiddenNow.items.find((i) => i.itemId === Q)!.allRaters.status).to.equal('hidden');
    const change = compareResults(hiddenNow, previous);
    const q1 = change.items.find((i) => i.itemId === Q)!;
    expect(q1.allRaters).to.equal(null);
    expect(q1.note).to.equal('Not shown this time, so there is nothing to compare with.');
    const back = compareResults(previous, hiddenNow).items.find((i) => i.itemId === Q)!;
    expect(back.allRaters).to.equal(null);
    expect(back.note).to.equal('Not shown last time, so there is nothing to compare with.');
  });

  it('leaves a hidden item out of the theme change, on both sides', () => {
    const alpha = compareResults(hiddenNow, previous).themes.find((t) => t.themeId === 'alpha')!;
    expect(alpha.allRaters!.items).to.equal(1);
    expect(alpha.allRaters!.previous).to.be.closeTo(7 / 3, 1e-9);
    expect(alpha.allRaters!.previousCount).to.equal(3);
  });
});

describe('change: the previous plan and mismatches', () => {
  it('marks the items of the previous plan', () => {
    const plan: DevelopmentPlan = {
      schemaVersion: 1, assessmentId: '2025', framework: { id: tinyFramework.id, version: '1' }, updatedAt: '2025-12-01T00:00:00Z',
      items: [{ itemId: L, themeId: 'alpha', reasons: ['lowest'], action: 'Listen first', support: '', evidence: '', reviewOn: '' }],
    };
    const change = compareResults(current, previous, { previousPlan: plan });
    expect(change.items.filter((i) => i.inPreviousPlan).map((i) => i.itemId)).to.deep.equal([L]);
    expect(change.previousPlanItems).to.deep.equal([L]);
  });

  it('refuses to compare results on different scales or frameworks', () => {
    const other = structuredClone(previous);
    other.scale.values = [0, 1, 2, 3, 4];
    const change = compareResults(current, other);
    expect(change.items).to.deep.equal([]);
    expect(change.problems.map((p) => p.path)).to.deep.equal(['/scale/values']);
    const framework = { ...structuredClone(previous), frameworkId: 'another' };
    expect(compareResults(current, framework).problems.map((p) => p.path)).to.deep.equal(['/frameworkId']);
  });

  it('knows the resolution of a scale', () => {
    expect(scaleResolution([1, 2, 3, 4, 5])).to.equal(1);
    expect(scaleResolution([0, 25, 50, 75, 100])).to.equal(25);
    expect(readChange(0.999, 1)).to.equal('no-clear-change');
    expect(readChange(-1, 1)).to.equal('lower');
    expect(readChange(3 - 2, 1)).to.equal('higher');
  });

  it('compares the example re-assessment without a hidden figure', () => {
    const { previous: before, current: now } = reassessment();
    const change = compareResults(now, before);
    const compared = change.items.filter((i) => i.allRaters);
    expect(compared.length).to.be.greaterThan(10);
    for (const item of compared) {
      expect(now.items.find((i) => i.itemId === item.itemId)!.allRaters.status).to.equal('shown');
      expect(before.items.find((i) => i.itemId === item.itemId)!.allRaters.status).to.equal('shown');
      expect(item.allRaters!.reading === 'no-clear-change').to.equal(Math.abs(item.allRaters!.change) < 1 - 1e-9);
    }
  });
});

describe('change: tables', () => {
  it('shows a change to two places, so 0.97 is not "+1.0" beside "less than 1 point"', async () => {
    const { changeTables, formatChange } = await import('../../src/core/change.js');
    expect(formatChange(0.97)).to.equal('+0.97');
    expect(formatChange(-1)).to.equal('-1.00');
    expect(formatChange(0.001)).to.equal('0.00');
    const [themes, items] = changeTables(compareResults(current, previous));
    const listening = items.rows.find((r) => r[0] === 'Listening')!;
    // 7/3 -> 3.5: +1.17, higher; both counts given.
    expect(listening).to.deep.equal(['Listening', '', '2.3 (3 scores)', '3.5 (4 scores)', '+1.17', 'Higher', '4, 4']);
    expect(themes.rows.map((r) => r[0])).to.deep.equal(['Alpha']);
    expect(themes.rows[0][4]).to.equal('No clear change (less than 1 point on the scale); 2 items compared');
  });
});
