// First render time of <lpc-radar-chart> in Chromium: from adding the element to its first layout,
// for 4 axes x 2 series and 27 axes x 6 series (median of 20 each).
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve-static.mjs';
import { median, ms, row } from './util.js';

const dir = '.tmp/bench-radar';
mkdirSync(dir, { recursive: true });
const entry = `
import '../../src/components/radar-chart/index.js';
const RUNS = 20;
function data(axes, series) {
  const ids = Array.from({ length: axes }, (_, i) => 'axis-' + i);
  return {
    axes: ids.map((id, i) => ({ id, label: i % 3 ? 'Quality ' + i + ' written as a longer sentence' : 'Behaviour ' + i })),
    series: Array.from({ length: series }, (_, s) => ({
      id: 's' + s, label: 'Series ' + (s + 1),
      values: Object.fromEntries(ids.map((id, i) => [id, i === 1 ? null : 1 + ((i + s) % 5)])),
    })),
  };
}
window.measure = async (axes, series) => {
  const { axes: a, series: s } = data(axes, series);
  const times = [];
  for (let run = 0; run < RUNS + 2; run++) {
    const host = document.createElement('div');
    host.style.width = '640px';
    document.body.append(host);
    const start = performance.now();
    const el = document.createElement('lpc-radar-chart');
    el.axes = a;
    el.series = s;
    host.append(el);
    await el.updateComplete;
    el.shadowRoot.querySelector('svg').getBoundingClientRect();
    const time = performance.now() - start;
    if (run >= 2) times.push(time); // the first two runs warm up the JIT
    host.remove();
    await new Promise((r) => setTimeout(r, 0));
  }
  return times;
};
`;
await build({
  stdin: { contents: entry, resolveDir: dir, loader: 'js' },
  bundle: true,
  format: 'esm',
  outfile: `${dir}/bench.js`,
  tsconfig: 'tsconfig.json',
  logLevel: 'error',
});
writeFileSync(`${dir}/index.html`, '<!doctype html><html lang="en"><body><script type="module" src="bench.js"></script></body></html>');

const server = await serveStatic(dir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => typeof (window as unknown as { measure?: unknown }).measure === 'function');
  for (const [axes, series] of [[4, 2], [27, 6]]) {
    const times = (await page.evaluate(([a, s]) => (window as unknown as { measure: (a: number, s: number) => Promise<number[]> }).measure(a, s), [axes, series])) as number[];
    row(`radar first render: ${axes} axes x ${series} series`, ms(median(times)), `median of ${times.length} in Chromium ${browser.version()}, 640 px wide`);
  }
} finally {
  await browser.close();
  await server.close();
}
