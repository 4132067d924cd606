// Render times and heap in headless Chromium, with the real framework:
// - time from module request to first render of each element (median of 20 fresh page loads), and
//   to the end of the frame after it, so work moved from the render into style and layout still shows
// - the radar's render time beside Chart.js's radar, same data, same page (warm, median of 20),
//   and the first chart on a fresh page for both
// - heap after 1,000 mount/unmount cycles of each element
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve-static.mjs';
import { median, ms, row } from './util.js';

await build({
  entryPoints: { render: 'bench/pages/render-entry.ts' }, outdir: '.tmp/bench', splitting: true, bundle: true, minify: true,
  format: 'esm', target: 'es2022', tsconfig: 'tsconfig.json', logLevel: 'silent', conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
});
const server = await serveStatic('.');
const browser = await launchChromium();

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
  row(firstRenderFigure(kind), ms(median(fromLoad)),
    `target < 50 ms; from the module's request (download from localhost, parse, run, render): ${ms(median(fromRequest))}; `
    + `module loaded to the end of the next frame (style, layout, paint included): ${ms(median(toFrame))}`);
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
