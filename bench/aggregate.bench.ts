// Time to validate and aggregate N already-parsed response files (Node), next to the time
// JSON.parse takes for the same N files: each run parses the files, then aggregates what it just
// parsed (as a server does), so both see the same machine; the ratio is the median of the runs'
// own ratios. It should grow about linearly with N. Then 1,000 leaders' 360s of 15 raters each:
// 1,000 calls on 16-response panels.
import { aggregate, type ResponseInput } from '../src/core/aggregate.js';
import { realFramework } from '../data/examples/frameworks.js';
import { manyResponses } from '../data/examples/responses.js';
import { leaderResponses, seededRandom } from '../data/examples/leaders.js';
import { median, ms, row } from './util.js';

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

const results: Array<[number, number]> = [];
for (const count of [1_000, 10_000]) {
  const files = manyResponses(count);
  const texts = files.map((file) => JSON.stringify(file.json));
  const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1e6;
  const parse = () => texts.map((text): ResponseInput => ({ name: 'response.json', json: JSON.parse(text) }));
  // Warm up both (the optimising compiler, the heap's sizes) for about the same number of
  // responses at each size: the first dozen calls on 1,000 responses are several times slower.
  const warmUps = count >= 10_000 ? 6 : 40;
  for (let i = 0; i < warmUps; i++) aggregate(realFramework, parse());
  const runs = count >= 10_000 ? 15 : 41;
  const aggregateTimes: number[] = [];
  const parseTimes: number[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = []; // the same by the process's CPU time, which other work on the machine moves less
  for (let i = 0; i < runs; i++) {
    let cpu = process.cpuUsage();
    let start = performance.now();
    const inputs = parse();
    const parseTime = performance.now() - start;
    const parseCpu = cpuMs(process.cpuUsage(cpu));
    cpu = process.cpuUsage();
    start = performance.now();
    const result = aggregate(realFramework, inputs);
    const time = performance.now() - start;
    const aggregateCpu = cpuMs(process.cpuUsage(cpu));
    if (result.used !== count) throw new Error(`expected ${count} responses used, got ${result.used}`);
    parseTimes.push(parseTime);
    aggregateTimes.push(time);
    ratios.push(time / parseTime);
    cpuRatios.push(aggregateCpu / parseCpu);
  }
  const time = median(aggregateTimes);
  const parseTime = median(parseTimes);
  results.push([count, time]);
  const label = count.toLocaleString('en-GB');
  const sorted = [...ratios].sort((a, b) => a - b);
  const quartiles = `${sorted[Math.floor(runs / 4)].toFixed(2)}-${sorted[Math.floor((3 * runs) / 4)].toFixed(2)}`;
  row(`aggregate: JSON.parse of ${label} response files (${megabytes.toFixed(1)} MB)`, ms(parseTime), `median of ${runs}, each run followed by the row below`);
  row(`aggregate: validate + aggregate ${label} parsed responses x 27 items`, ms(time), `median of ${runs}, Node ${process.version}`);
  row(`aggregate: ratio to JSON.parse, ${label} responses`, median(ratios).toFixed(2), `goal at most 0.25; median of the ${runs} runs' ratios, middle half ${quartiles}; by CPU time ${median(cpuRatios).toFixed(2)}`);
}
const [[n1, t1], [n2, t2]] = results;
row('aggregate: growth from 1,000 to 10,000', `${(t2 / t1).toFixed(1)}x`, `for ${n2 / n1}x the responses (linear would be ${n2 / n1}x)`);

// 1,000 leaders, each with a self response and 15 raters: one aggregate() call per leader.
const LEADERS = 1_000;
const random = seededRandom(13);
const panels = Array.from({ length: LEADERS }, (_, i) => leaderResponses(`leader-${i + 1}`, random, { raters: 15 }));
for (let i = 0; i < 5; i++) for (const panel of panels) aggregate(realFramework, panel); // warm up
const runs = 21;
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  let used = 0;
  for (const panel of panels) used += aggregate(realFramework, panel).used;
  times.push(performance.now() - start);
  if (used !== LEADERS * 16) throw new Error(`expected ${LEADERS * 16} responses used, got ${used}`);
}
row(`aggregate: ${LEADERS.toLocaleString('en-GB')} leaders' 360s of 15 raters each (${LEADERS.toLocaleString('en-GB')} calls on 16 responses)`, ms(median(times)), `median of ${runs}, goal under 200 ms`);
