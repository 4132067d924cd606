// <lpc-theme-wheel>: layout time in Node (pure geometry), the narrowest width that still gets a
// wheel at each text size, and first render in Chromium for the real and the large framework.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve-static.mjs';
import { estimateTextWidth } from '../src/core/polar-labels.js';
import { layoutWheel, wheelAngles } from '../src/core/wheel-layout.js';
import { largeFramework, realFramework } from '../data/examples/frameworks.js';
import type { Framework } from '../src/core/types.js';
import { median, ms, row } from './util.js';

const measureAt = (fontSize: number) => (text: string, bold: boolean) => estimateTextWidth(text, fontSize) * (bold ? 1.08 : 1);
const texts = (f: Framework) => f.themes.map((t) => ({ title: t.title, note: t.status === 'no-text-in-source' ? 'No text in the framework' : null }));

for (const [name, framework] of [['real', realFramework], ['large 12 x 30', largeFramework(12, 30)]] as Array<[string, Framework]>) {
  const times: number[] = [];
  for (let run = 0; run < 220; run++) {
    const start = performance.now();
    layoutWheel(wheelAngles(framework).themes, texts(framework), { width: 800, fontSize: 16, measure: measureAt(16) });
    if (run >= 20) times.push(performance.now() - start);
  }
  row(`wheel layout (Node): ${name}`, ms(median(times)), 'median of 200, 800 px, 16 px text, estimated text widths');
}

for (const fontSize of [16, 19, 32, 38]) {
  let first = 0;
  for (let width = 320; width <= 2000 && !first; width += 10) {
    if (layoutWheel(wheelAngles(realFramework).themes, texts(realFramework), { width, fontSize, measure: measureAt(fontSize) }).fits) first = width;
  }
  row(`narrowest wheel, real framework, ${fontSize} px text`, `${first} px`, 'below this the element shows a list (estimated text widths)');
}

const dir = '.tmp/bench-wheel';
mkdirSync(dir, { recursive: true });
const entry = `
import '../../src/components/framework/index.js';
import '../../src/components/theme-wheel/index.js';
import { realFramework, largeFramework } from '../../data/examples/frameworks.js';
const frameworks = { real: realFramework, large: largeFramework(12, 30) };
window.measure = async (name) => {
  const times = [];
  for (let run = 0; run < 22; run++) {
    const host = document.createElement('div');
    host.style.width = '1000px';
    document.body.append(host);
    const start = performance.now();
    const provider = document.createElement('lpc-framework');
    const wheel = document.createElement('lpc-theme-wheel');
    provider.append(wheel);
    host.append(provider);
    provider.framework = frameworks[name];
    while (!wheel.shadowRoot.querySelector('svg.wheel')) await new Promise((r) => requestAnimationFrame(r));
    wheel.shadowRoot.querySelector('svg.wheel').getBoundingClientRect();
    const time = performance.now() - start;
    if (run >= 2) times.push(time);
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
  loader: { '.json': 'json' },
  logLevel: 'error',
});
writeFileSync(`${dir}/index.html`, '<!doctype html><html lang="en"><body style="font: 16px arial, sans-serif"><script type="module" src="bench.js"></script></body></html>');

const server = await serveStatic(dir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => typeof (window as unknown as { measure?: unknown }).measure === 'function');
  for (const name of ['real', 'large']) {
    const times = (await page.evaluate((n) => (window as unknown as { measure: (n: string) => Promise<number[]> }).measure(n), name)) as number[];
    row(`wheel first render to drawn SVG: ${name === 'real' ? 'real framework (31 nodes)' : 'large 12 x 30 (372 nodes)'}`, ms(median(times)), `median of ${times.length} in Chromium ${browser.version()}, 1000 px wide (includes one animation frame for the size)`);
  }
} finally {
  await browser.close();
  await server.close();
}
