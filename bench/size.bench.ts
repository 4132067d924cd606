// Bundle sizes, esbuild min+gzip (level 9): the embed file, each element's own entry, and for scale
// Lit alone and Chart.js with only its radar parts.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { row } from './util.js';

async function minGzip(contents: string, label: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: `${label}.ts` },
    bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, legalComments: 'none',
    tsconfig: 'tsconfig.json', logLevel: 'silent', conditions: ['production'],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const embed = await minGzip(`export * from './src/index.ts';`, 'embed');
row('size: embed file, every element (min+gzip)', kB(embed), 'target <= 35 kB');
for (const name of readdirSync('src/components').sort()) {
  if (!existsSync(`src/components/${name}/index.ts`)) continue;
  const size = await minGzip(`import './src/components/${name}/index.ts';`, name);
  row(`size: lpc-${name} entry alone (min+gzip)`, kB(size), name === 'rating' ? 'target <= 10 kB' : '');
}
row('size: Lit alone (min+gzip)', kB(await minGzip(`export * from 'lit';`, 'lit')), 'for scale');
row('size: Lit + @lit/context + the d3-shape parts used (min+gzip)', kB(await minGzip(
  `export * from 'lit'; export * from '@lit/context'; export { arc, lineRadial, curveLinear, curveLinearClosed, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3-shape';`, 'stack')), 'for scale; d3-scale is not used');
const chartRadar = await minGzip(`
  import { Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend } from 'chart.js';
  Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);
  export { Chart };`, 'chartjs');
row('size: Chart.js, radar parts only (min+gzip)', kB(chartRadar), 'for scale');
