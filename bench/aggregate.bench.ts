// Time to validate and aggregate N response files (Node). It should grow about linearly with N.
import { aggregate } from '../src/core/aggregate.js';
import { realFramework } from '../data/examples/frameworks.js';
import { manyResponses } from '../data/examples/responses.js';
import { median, ms, row } from './util.js';

const results: Array<[number, number]> = [];
for (const count of [1_000, 10_000]) {
  const responses = manyResponses(count);
  aggregate(realFramework, responses); // warm up
  const runs = count >= 10_000 ? 5 : 11;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = aggregate(realFramework, responses);
    times.push(performance.now() - start);
    if (result.used !== count) throw new Error(`expected ${count} responses used, got ${result.used}`);
  }
  const time = median(times);
  results.push([count, time]);
  row(`aggregate: ${count.toLocaleString('en-GB')} responses x 27 items`, ms(time), `median of ${runs}, Node ${process.version}`);
}
const [[n1, t1], [n2, t2]] = results;
row('aggregate: growth from 1,000 to 10,000', `${(t2 / t1).toFixed(1)}x`, `for ${n2 / n1}x the responses (linear would be ${n2 / n1}x)`);
