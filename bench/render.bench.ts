// Render times and heap in headless Chromium, with the real framework:
// - time from module request to first render of each element (median of 20 fresh page loads), and
//   to the end of the frame after it, so work moved from the render into style and layout still shows,
//   and (on Linux) the first span as the renderer main thread's CPU time, which the machine's other
//   load does not stretch (bench/cpu.ts)
// - the radar's render time beside Chart.js's radar, same data, same page (warm, median of 20),
//   and the first chart on a fresh page for both
// - heap after 1,000 mount/unmount cycles of each element
// `--profile` prints instead where the first render of each wanted kind spends its time: a Chromium
// CPU profile of 10 fresh page loads each, from module loaded to rendered (the figure's span), by
// source file and by function; the profiles are kept in .tmp/bench/<kind>-<n>.cpuprofile.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve-static.mjs';
import { cpuMarks } from './cpu.js';
import { clip, selfTimes, sourceOfLine, totalTimes, type CpuProfile } from './profile.js';
import { median, ms, row } from './util.js';

const profile = process.argv.includes('--profile');
await build({
  entryPoints: { render: 'bench/pages/render-entry.ts' }, outdir: '.tmp/bench', splitting: true, bundle: true, minify: !profile,
  format: 'esm', target: 'es2022', tsconfig: 'tsconfig.json', logLevel: 'silent', conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
});
const server = await serveStatic('.');
const browser = await launchChromium();
const marks = await cpuMarks();

async function scenario(name: string): Promise<unknown> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/bench/pages/render.html?scenario=${encodeURIComponent(name)}`);
  const result = await waitResult(page);
  await page.close();
  return result;
}

async function waitResult(page: Page): Promise<unknown> {
  await page.waitForFunction(() => '__result' in window || '__error' in window, null, { timeout: 60000 });
  const error = await page.evaluate(() => (window as unknown as { __error?: string }).__error);
  if (error) throw new Error(error);
  return page.evaluate(() => (window as unknown as { __result: unknown }).__result);
}

const kinds = ['wheel', 'card', 'rating', 'assessment', 'radar', 'report', 'report-result'];
/**
 * `BENCH_ROWS='first render: report' npm run bench render` runs only the rows whose figure contains
 * one of the given texts (case-insensitive; several are separated by "|", which no figure holds,
 * as figures are markdown table cells); unset, every row runs.
 */
const only = (process.env.BENCH_ROWS ?? '').toLowerCase().split('|').filter(Boolean);
const wanted = (figure: string) => !only.length || only.some((word) => figure.toLowerCase().includes(word));
const firstRenderFigure = (kind: string) => `first render: ${kind === 'report' ? 'report (12 raters, from files)' : kind === 'report-result' ? 'report (12 raters, from .result as the collector serves it)' : kind}, module loaded to rendered (median of 20)`;
if (profile) {
  const source = sourceOfLine('.tmp/bench/render.js');
  const file = (f: CpuProfile['nodes'][number]['callFrame']) => (f.url.endsWith('/render.js') ? source(f.lineNumber) || 'bench bundle' : f.url ? f.url.split('/').pop()! : f.functionName);
  for (const kind of kinds.filter((k) => wanted(firstRenderFigure(k)))) {
    const profiles: CpuProfile[] = [];
    for (let i = 0; i < Number(process.env.PROFILE_RUNS ?? 10); i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}/bench/pages/render.html?scenario=first:${kind}&hold`);
      await page.waitForFunction(() => '__go' in window);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL ?? 50) });
      await cdp.send('Profiler.start');
      await page.evaluate(() => (window as unknown as { __go: () => void }).__go());
      const { fromLoad } = (await waitResult(page)) as { fromLoad: number };
      const goAt = await page.evaluate(() => (window as unknown as { __goAt: number }).__goAt);
      profiles.push(clip(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile, '/render.js', fromLoad - goAt));
      await page.close();
    }
    profiles.forEach((p, i) => writeFileSync(`.tmp/bench/${kind}-${i + 1}.cpuprofile`, JSON.stringify(p)));
    const runs = profiles.length;
    const print = (title: string, list: Array<[string, number]>, n: number) => {
      console.log(`\n${kind}: ${title} (ms per render, mean of ${runs}, from the scenario's start to rendered)`);
      for (const [name, time] of list.slice(0, n)) console.log(`${(time / runs).toFixed(2).padStart(7)}  ${name}`);
    };
    print('self time by source file', selfTimes(profiles, file), 30);
    print('total time by source file', totalTimes(profiles, file), 30);
    const fn = (f: CpuProfile['nodes'][number]['callFrame']) => `${f.functionName || '(anonymous)'} ${file(f)}:${f.lineNumber + 1}`;
    print('self time by function', selfTimes(profiles, fn), 40);
    print('total time by function', totalTimes(profiles, fn), 60);
  }
  await browser.close();
  await server.close();
  await marks?.close();
  process.exit(0);
}

for (const kind of kinds) {
  if (!wanted(firstRenderFigure(kind))) continue;
  const fromLoad: number[] = [];
  const fromRequest: number[] = [];
  const toFrame: number[] = [];
  for (let i = 0; i < 20; i++) {
    const result = (await scenario(`first:${kind}`)) as { fromLoad: number; fromRequest: number; toFrame: number };
    fromLoad.push(result.fromLoad);
    fromRequest.push(result.fromRequest);
    toFrame.push(result.toFrame);
  }
  // The same span as CPU time of the renderer's main thread, in 20 more loads (the marks' requests
  // block the page, so these loads' wall-clock times are not used).
  const cpu: number[] = [];
  const waits: number[] = [];
  if (marks) {
    for (let i = 0; i < 20; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript(marks.initScript);
      marks.reset();
      await page.goto(`${server.url}/bench/pages/render.html?scenario=first:${kind}`);
      await waitResult(page);
      const span = marks.between('loaded', 'rendered');
      if (span) { cpu.push(span.cpu); waits.push(span.wait); }
      await page.close();
    }
  }
  row(firstRenderFigure(kind), ms(median(fromLoad)),
    `target < 50 ms; from the module's request (download from localhost, parse, run, render): ${ms(median(fromRequest))}; `
    + `module loaded to the end of the next frame (style, layout, paint included): ${ms(median(toFrame))}`
    + (cpu.length ? `; main-thread CPU, module loaded to rendered: ${ms(median(cpu))} (waiting for a CPU: ${ms(median(waits))}; median of ${cpu.length})` : ''));
}

const firstChartFigure = 'radar, first chart on a fresh page, 4 axes x 2 series (median of 20)';
if (wanted(firstChartFigure)) {
  const firstOurs: number[] = [];
  const firstTheirs: number[] = [];
  for (let i = 0; i < 20; i++) {
    firstOurs.push((await scenario('first-radar')) as number);
    firstTheirs.push((await scenario('first-chartjs')) as number);
  }
  row(firstChartFigure, ms(median(firstOurs)), `Chart.js radar: ${ms(median(firstTheirs))}`);
}
// The radar's warm render against Chart.js has one home, bench/radar.bench.ts: alternated on one
// page, each chart's own style and layout included in its own time.

// Heap: 50 warm-up cycles, GC, measure; 1,000 cycles, GC, measure.
for (const kind of kinds) {
  if (!wanted(`heap growth after 1,000 mount/unmount cycles: ${kind}`)) continue;
  const page = await browser.newPage();
  await page.goto(`${server.url}/bench/pages/render.html?scenario=idle`);
  await waitResult(page);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  };
  await page.evaluate((k) => (window as any).bench.cycles(k, 50), kind);
  const before = await heap();
  await page.evaluate((k) => (window as any).bench.cycles(k, 1000), kind);
  const after = await heap();
  row(`heap growth after 1,000 mount/unmount cycles: ${kind}`, `${((after - before) / 1024).toFixed(0)} kB`, `${(before / 1048576).toFixed(1)} MB -> ${(after / 1048576).toFixed(1)} MB`);
  await page.close();
}

await browser.close();
await server.close();
await marks?.close();
