// Runs in Node and in Chromium. Randomised: no single leader's figures can be worked out from the
// cohort view. Over many random cohorts, for random pairs of leaders, two kinds of change that
// alter one leader's figures must leave everything the view shows exactly as it was:
// 1. swapping a whole theme (its figure, gap and every item) between two leaders: the view never
//    links one leader's figures to each other, so it cannot tell whose theme is whose;
// 2. moving one leader's figure up by a little and another's down by the same amount, staying in
//    the same bands: the view gives no exact figure of any single leader (no minimum, maximum or
//    median), so the first leader's figure could be any of many values.
// And every shown figure comes from at least the minimum number of leaders.
import { expect } from 'chai';
import type { AggregateResult, ItemResult, ShownFigure } from '../../src/core/aggregate.js';
import { cohortReport, gapBands, meanBands, type CohortFigure, type CohortResult } from '../../src/core/cohort.js';
import { cohortResults, seededRandom } from '../../data/examples/leaders.js';

/** The view with numbers rounded far below anything shown, so floating-point order does not matter. */
function fingerprint(view: CohortResult): string {
  return JSON.stringify(view, (_, value) => (typeof value === 'number' ? Math.round(value * 1e9) / 1e9 : value));
}

function figures(view: CohortResult): CohortFigure[] {
  return [view.responses.rate, ...view.themes.flatMap((t) => [t.allRaters, t.gap]), ...view.items.flatMap((i) => [i.allRaters, i.gap])];
}

/** How far a value can move up (sign 1) or down (-1) and stay in its band. */
function slack(value: number, bands: Array<{ from: number; to: number }>, sign: 1 | -1): number {
  const band = bands.find((b) => value < b.to - 1e-9) ?? bands[bands.length - 1];
  return sign > 0 ? band.to - value : value - band.from;
}

const TRIALS = 20;

describe('cohort anonymity (randomised)', () => {
  const random = seededRandom(14);
  const cohorts = Array.from({ length: TRIALS }, (_, trial) => {
    const leaders = 5 + Math.floor(random() * 4);
    // Few raters, so some figures are hidden in some leaders' reports.
    return cohortResults(leaders, { seed: 1000 + trial, raters: 3 + Math.floor(random() * 6) });
  });

  it('swapping a theme between two leaders changes nothing shown', () => {
    let changedLeaders = 0;
    for (const results of cohorts) {
      const view = fingerprint(cohortReport(results));
      for (let k = 0; k < 5; k++) {
        const i = Math.floor(random() * results.length);
        const j = (i + 1 + Math.floor(random() * (results.length - 1))) % results.length;
        const rated = results[i].themes.map((x, index) => ({ x, index })).filter(({ x }) => x.items.length);
        const t = rated[Math.floor(random() * rated.length)].index;
        // Only the two leaders change: copy those two, share the rest.
        const swapped = results.slice();
        swapped[i] = structuredClone(results[i]);
        swapped[j] = structuredClone(results[j]);
        [swapped[i].themes[t], swapped[j].themes[t]] = [swapped[j].themes[t], swapped[i].themes[t]];
        swapped[i].items = swapped[i].themes.flatMap((x) => x.items);
        swapped[j].items = swapped[j].themes.flatMap((x) => x.items);
        if (JSON.stringify(results[i].themes[t]) !== JSON.stringify(swapped[i].themes[t])) changedLeaders++;
        expect(fingerprint(cohortReport(swapped)), `swap theme ${t} between leaders ${i} and ${j}`).to.equal(view);
      }
    }
    // The test has teeth: in almost every case the leader's figures really were different.
    expect(changedLeaders).to.be.greaterThan(TRIALS * 4);
  });

  it("moving one leader's figure and another's the other way, within their bands, changes nothing shown", () => {
    let moved = 0;
    for (const results of cohorts) {
      const view = cohortReport(results);
      const print = fingerprint(view);
      const values = results[0].scale.values;
      const means = meanBands(values);
      const gaps = gapBands(values);
      for (let k = 0; k < 10; k++) {
        const itemIndex = Math.floor(random() * results[0].items.length);
        const itemOf = (r: AggregateResult) => r.themes.flatMap((t) => t.items)[itemIndex] as ItemResult;
        const withFigure = results.map((r, index) => ({ r, index })).filter(({ r }) => itemOf(r).allRaters.status === 'shown' && itemOf(r).gap !== null);
        if (withFigure.length < 2) continue;
        const first = withFigure[Math.floor(random() * withFigure.length)];
        const second = withFigure.find((x) => x !== first)!;
        // Only the two leaders change: copy those two, share the rest.
        const copy = results.slice();
        const a = { index: first.index, r: (copy[first.index] = structuredClone(first.r)) };
        const b = { index: second.index, r: (copy[second.index] = structuredClone(second.r)) };
        const ia = itemOf(a.r);
        const ib = itemOf(b.r);
        const ma = (ia.allRaters as ShownFigure).mean;
        const mb = (ib.allRaters as ShownFigure).mean;
        const room = Math.min(slack(ma, means, 1), slack(ia.gap!, gaps, 1), slack(mb, means, -1), slack(ib.gap!, gaps, -1));
        if (room < 1e-6) continue;
        const delta = room / 2;
        (ia.allRaters as ShownFigure).mean = ma + delta;
        ia.gap = ia.gap! + delta;
        (ib.allRaters as ShownFigure).mean = mb - delta;
        ib.gap = ib.gap! - delta;
        moved++;
        expect(fingerprint(cohortReport(copy)), `move item ${itemIndex} of leaders ${a.index} and ${b.index} by ${delta}`).to.equal(print);
      }
    }
    expect(moved).to.be.greaterThan(TRIALS * 3);
  });

  it('shows every figure from at least the minimum number of leaders', () => {
    for (const [n, results] of cohorts.entries()) {
      const minimum = 3 + (n % 5);
      const view = cohortReport(results, { minimumLeaders: minimum });
      for (const figure of figures(view)) {
        if (figure.status === 'shown') {
          expect(figure.leaders).to.be.at.least(minimum);
          expect(figure.bands.reduce((s, b) => s + b.leaders, 0)).to.equal(figure.leaders);
        }
      }
      for (const item of view.items) if (item.blindSpots !== null) expect(item.gap.status).to.equal('shown');
    }
  });

  it('takes no figure a leader\'s report hides', () => {
    for (const results of cohorts.slice(0, 10)) {
      const view = cohortReport(results);
      for (const item of view.items) {
        const shownFor = results.filter((r) => r.items.find((i) => i.itemId === item.itemId)!.allRaters.status === 'shown').length;
        expect(item.allRaters.leaders).to.equal(shownFor);
      }
    }
  });
});
