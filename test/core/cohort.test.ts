// Runs in Node and in Chromium: the cohort view over many leaders' results.
import { expect } from 'chai';
import type { AggregateResult } from '../../src/core/aggregate.js';
import { cohortReport, gapBands, meanBands, resolveCohortMinimum, type ShownCohortFigure } from '../../src/core/cohort.js';
import { cohortResults, fourLeaders, twelveLeaders } from '../../data/examples/leaders.js';

function shown(figure: unknown): ShownCohortFigure {
  expect((figure as ShownCohortFigure).status, JSON.stringify(figure)).to.equal('shown');
  return figure as ShownCohortFigure;
}

describe('cohort: the minimum number of leaders', () => {
  it('is 5 by default and never fewer than 3', () => {
    expect(resolveCohortMinimum()).to.equal(5);
    expect(resolveCohortMinimum(8)).to.equal(8);
    expect(resolveCohortMinimum(1)).to.equal(3);
    expect(resolveCohortMinimum(Number.NaN)).to.equal(5);
  });

  it('shows only the number of leaders below the minimum', () => {
    const view = cohortReport(fourLeaders);
    expect(view.shown).to.equal(false);
    expect(view.leaders).to.equal(4);
    expect(view.themes).to.deep.equal([]);
    expect(view.items).to.deep.equal([]);
    expect(view.blindSpots).to.deep.equal([]);
    expect(view.responses.rate.status).to.equal('hidden');
    expect(view.responses.responded).to.equal(null);
  });

  it('shows four leaders when a host lowers the minimum to 3, but never to 2', () => {
    expect(cohortReport(fourLeaders, { minimumLeaders: 3 }).shown).to.equal(true);
    expect(cohortReport(fourLeaders.slice(0, 2), { minimumLeaders: 2 }).shown).to.equal(false);
  });
});

describe('cohort: figures', () => {
  const view = cohortReport(twelveLeaders);

  it("gives each item the mean of the leaders' all-raters means and how many fall in each band", () => {
    const item = view.items[0];
    const means = twelveLeaders.map((r) => r.items.find((i) => i.itemId === item.itemId)!.allRaters)
      .filter((f) => f.status === 'shown').map((f) => (f as { mean: number }).mean);
    const figure = shown(item.allRaters);
    expect(figure.leaders).to.equal(means.length);
    expect(figure.mean).to.be.closeTo(means.reduce((a, b) => a + b, 0) / means.length, 1e-9);
    expect(figure.bands.reduce((sum, b) => sum + b.leaders, 0)).to.equal(means.length);
    for (const band of figure.bands) {
      const inBand = means.filter((m) => m >= band.from - 1e-9 && (m < band.to - 1e-9 || (band.to === 5 && m <= 5))).length;
      expect(band.leaders, band.label).to.equal(inBand);
    }
  });

  it('gives gaps and blind spot counts from each leader\'s own flags', () => {
    for (const item of view.items) {
      const gap = shown(item.gap);
      const own = twelveLeaders.map((r) => r.items.find((i) => i.itemId === item.itemId)!);
      expect(gap.leaders).to.equal(own.filter((i) => i.gap !== null).length);
      expect(item.blindSpots).to.equal(own.filter((i) => i.flag === 'blind-spot').length);
      expect(item.hiddenStrengths).to.equal(own.filter((i) => i.flag === 'hidden-strength').length);
    }
  });

  it('lists the items most often a blind spot, most first', () => {
    expect(view.blindSpots.length).to.be.within(1, 5);
    const counts = view.blindSpots.map((b) => b.leaders);
    expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
    const most = Math.max(...view.items.map((i) => i.blindSpots ?? 0));
    expect(counts[0]).to.equal(most);
  });

  it('gives response rates as a distribution and totals', () => {
    const rate = shown(view.responses.rate);
    expect(rate.leaders).to.equal(12);
    expect(view.responses.responded).to.equal(twelveLeaders.reduce((sum, r) => sum + r.respondents.raters, 0));
    expect(view.responses.invited).to.equal(twelveLeaders.reduce((sum, r) => sum + r.respondents.invited!, 0));
    expect(view.responses.selfCompleted).to.equal(12);
  });

  it('has no per-leader row and names no leader or 360', () => {
    const text = JSON.stringify(view);
    for (const r of twelveLeaders) expect(text).not.to.include(`"${r.assessmentId}"`);
    expect(text).not.to.match(/leader-\d/);
  });
});

describe('cohort: hidden figures never enter the cohort', () => {
  it("leaves out an item a leader's report hides, and hides the item when too few leaders remain", () => {
    const results = structuredClone(cohortResults(6, { seed: 11, raters: 8 })) as AggregateResult[];
    const itemId = results[0].items[0].itemId;
    // Two leaders' reports hide the item: only 4 leaders have it, below the minimum of 5.
    for (const r of results.slice(0, 2)) {
      const item = r.themes.flatMap((t) => t.items).find((i) => i.itemId === itemId)!;
      item.allRaters = { status: 'hidden', count: 2, reason: 'Hidden' };
      item.gap = null;
      item.flag = null;
    }
    const view = cohortReport(results);
    const item = view.items.find((i) => i.itemId === itemId)!;
    expect(item.allRaters).to.deep.include({ status: 'hidden', leaders: 4 });
    expect(item.gap.status).to.equal('hidden');
    expect(item.blindSpots).to.equal(null);
    expect(view.blindSpots.map((b) => b.itemId)).not.to.include(itemId);
    // With the minimum at 3 it is shown, from the 4 leaders whose reports show it.
    const lower = cohortReport(results, { minimumLeaders: 3 }).items.find((i) => i.itemId === itemId)!;
    expect(shown(lower.allRaters).leaders).to.equal(4);
  });

  it('lists results it cannot use, by position, and leaves them out', () => {
    const results: unknown[] = [...twelveLeaders.slice(0, 5), null, { ...twelveLeaders[5], frameworkId: 'other' }, { ...twelveLeaders[6], scale: { values: [0, 1], labels: [] } }];
    const view = cohortReport(results);
    expect(view.leaders).to.equal(5);
    expect(view.rejected.map((r) => [r.index, r.problems[0].path])).to.deep.equal([[5, ''], [6, '/frameworkId'], [7, '/scale/values']]);
  });
});

describe('cohort: bands', () => {
  it('cover a 1 to 5 scale in half points, and gaps in five bands', () => {
    expect(meanBands([1, 2, 3, 4, 5]).map((b) => b.label)).to.deep.equal([
      '1 to under 1.5', '1.5 to under 2', '2 to under 2.5', '2.5 to under 3', '3 to under 3.5', '3.5 to under 4', '4 to under 4.5', '4.5 to 5',
    ]);
    expect(gapBands([1, 2, 3, 4, 5]).map((b) => b.label)).to.deep.equal([
      'Others 1 or more lower', 'Others 0.5 to under 1 lower', 'Within 0.5 either way', 'Others 0.5 to under 1 higher', 'Others 1 or more higher',
    ]);
  });
});

describe('cohort: leaders whose results list themes and items in another order', () => {
  it('are read by id: the view is the same as with every result in the first leader\'s order', () => {
    const results = cohortResults(12, { raters: 9, seed: 5 });
    const reordered = results.map((result, i) => {
      if (i === 0 || i % 3) return result;
      const themes = [...result.themes].reverse().map((theme) => ({ ...theme, items: [...theme.items].reverse() }));
      return { ...result, themes };
    });
    expect(cohortReport(reordered)).to.deep.equal(cohortReport(results));
  });

  it('a leader lacking an item, or listing one twice, counts by id as before (the last of a repeated id)', () => {
    const results = cohortResults(8, { raters: 9, seed: 6 });
    const [lacking, repeating] = [results[2], results[3]].map((r) => structuredClone(r));
    lacking.themes[0].items.shift();
    const copy = { ...repeating.themes[1].items[0], gap: 0, flag: null };
    repeating.themes[1].items.push(copy);
    const view = cohortReport([results[0], results[1], lacking, repeating, ...results.slice(4)]);
    const first = view.items[0];
    const firstGaps = [results[0], results[1], results[3], ...results.slice(4)].filter((r) => r.themes[0].items[0].gap !== null).length;
    expect(first.gap.leaders).to.equal(firstGaps);
    const repeated = view.items.find((item) => item.itemId === copy.itemId)!;
    const withGap = [results[0], results[1], results[2], ...results.slice(4)].filter((r) => r.items.find((item) => item.itemId === copy.itemId)!.gap !== null).length;
    expect(repeated.gap.leaders).to.equal(withGap + (copy.self !== null && copy.allRaters.status === 'shown' ? 1 : 0));
  });
});
