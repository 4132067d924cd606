// Time to roll up a cohort: 1,000 leaders' report results (15 raters each) into the cohort view (Node).
// The leaders' results are worked out first (aggregate() is benchmarked in aggregate.bench.ts).
import { cohortReport } from '../src/core/cohort.js';
import { cohortResults } from '../data/examples/leaders.js';
import { median, ms, row } from './util.js';

const LEADERS = 1_000;
const results = cohortResults(LEADERS, { raters: 15, invited: 18, seed: 1 });
cohortReport(results); // warm up
const runs = 21;
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const view = cohortReport(results);
  times.push(performance.now() - start);
  if (view.leaders !== LEADERS || !view.shown) throw new Error(`expected ${LEADERS} leaders shown, got ${view.leaders}`);
}
row(`cohort: roll-up of ${LEADERS.toLocaleString('en-GB')} leaders x 15 raters x 27 items`, ms(median(times)), `median of ${runs}, goal under 200 ms, Node ${process.version}`);
