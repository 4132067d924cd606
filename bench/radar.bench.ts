// <lpc-radar-chart> beside Chart.js's radar, warm, on one page: the two alternate, taking turns to
// go first, 40 times after ten warm-up runs each, with the same data at the same size (600 px),
// for 4 axes x 2 series and 27 axes x 6 series. Prints both medians and the ratio (goal <= 0.8).
// Ours: element created to SVG laid out (render, style, layout); Chart.js: canvas created to the
// end of its synchronous draw. `--profile` also writes a Chromium CPU profile of 200 renders of
// ours at 27 x 6 to .tmp/bench-radar/radar.cpuprofile and prints the functions with most self time.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve-static.mjs';
import { median, row } from './util.js';

const dir = '.tmp/bench-radar';
const profile = process.argv.includes('--profile');
mkdirSync(dir, { recursive: true });
await build({
  entryPoints: { radar: 'bench/pages/radar-vs-chartjs.ts' }, outdir: dir, bundle: true, minify: !profile,
  format: 'esm', target: 'es2022', tsconfig: 'tsconfig.json', logLevel: 'error', conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
});
writeFileSync(`${dir}/index.html`, '<!doctype html><html lang="en"><body><main id="stage" style="width: 600px"></main><script type="module" src="radar.js"></script></body></html>');

type Bench = { compare: (a: number, s: number, runs: number) => Promise<{ ours: number[]; theirs: number[] }>; repeat: (a: number, s: number, runs: number) => Promise<void> };

// Cross-origin isolated, so performance.now() ticks in 5 µs steps, not 100 µs (a 3 ms render
// in 0.1 ms steps moved the ratio by about 3% per step).
const server = await serveStatic(dir, { headers: () => ({ 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }) });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => 'bench' in window);
  if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('The bench page is not cross-origin isolated: its timers would be coarse.');
  for (const [axes, series] of [[4, 2], [27, 6]]) {
    const { ours, theirs } = await page.evaluate(([a, s]) => (window as unknown as { bench: Bench }).bench.compare(a, s, 40), [axes, series]);
    const ratio = median(ours) / median(theirs);
    row(`radar warm render, ${axes} axes x ${series} series: ours / Chart.js`, `${ratio.toFixed(2)}x`,
      `goal <= 0.8x; ours ${median(ours).toFixed(2)} ms, Chart.js ${median(theirs).toFixed(2)} ms (medians of 40, alternated on one page, Chromium ${browser.version()}, 600 px)`);
  }
  if (profile) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluate(() => (window as unknown as { bench: Bench }).bench.repeat(27, 6, 200));
    const { profile: result } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    writeFileSync(`${dir}/radar.cpuprofile`, JSON.stringify(result));
    for (const [name, share] of selfTimes(result).slice(0, 25)) console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${name}`);
  }
} finally {
  await browser.close();
  await server.close();
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }>;
  samples: number[];
}

/** Share of samples by function (self time), largest first. */
function selfTimes(p: CpuProfile): Array<[string, number]> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const counts = new Map<string, number>();
  for (const id of p.samples) {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name, n]) => [name, n / p.samples.length]);
}
