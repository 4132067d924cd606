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
// Each element's own entry, as a host's bundler would ship it when the page uses only that element:
// code-split, so a lazily imported module (e.g. the draft store, loaded only when a rating has an
// assessment-id) is not part of the first download. Figure: the entry plus the chunks it imports
// statically; the lazy part is given in the note.
async function entrySize(name: string): Promise<{ first: number; lazy: number }> {
  const result = await build({
    entryPoints: [`src/components/${name}/index.ts`], bundle: true, splitting: true, minify: true, format: 'esm',
    target: 'es2022', write: false, metafile: true, outdir: `.tmp/size-split/${name}`, legalComments: 'none',
    tsconfig: 'tsconfig.json', logLevel: 'silent', conditions: ['production'],
  });
  const outputs = result.metafile!.outputs;
  const gzipOf = new Map(result.outputFiles.map((file) => [file.path.slice(process.cwd().length + 1), gzipSync(file.contents, { level: 9 }).length]));
  const seen = new Set<string>();
  const walk = (output: string): number => {
    if (seen.has(output)) return 0;
    seen.add(output);
    return (gzipOf.get(output) ?? 0) + outputs[output].imports.filter((i) => i.kind === 'import-statement').reduce((sum, i) => sum + walk(i.path), 0);
  };
  const first = walk(Object.keys(outputs).find((o) => outputs[o].entryPoint)!);
  const all = [...gzipOf.entries()].filter(([path]) => path.endsWith('.js')).reduce((sum, [, size]) => sum + size, 0);
  return { first, lazy: all - first };
}
for (const name of readdirSync('src/components').sort()) {
  if (!existsSync(`src/components/${name}/index.ts`)) continue;
  const { first, lazy } = await entrySize(name);
  const notes = [name === 'rating' ? 'target <= 10 kB' : '', lazy > 0 ? `+ ${kB(lazy)} loaded later, only when needed` : ''].filter(Boolean);
  row(`size: lpc-${name} entry alone, first download (min+gzip)`, kB(first), notes.join('; '));
}
row('size: Lit alone (min+gzip)', kB(await minGzip(`export * from 'lit';`, 'lit')), 'for scale');
row('size: Lit + @lit/context + the d3-shape parts used (min+gzip)', kB(await minGzip(
  `export * from 'lit'; export * from '@lit/context'; export { arc, lineRadial, curveLinear, curveLinearClosed, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3-shape';`, 'stack')), 'for scale; d3-scale is not used');
const chartRadar = await minGzip(`
  import { Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend } from 'chart.js';
  Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);
  export { Chart };`, 'chartjs');
row('size: Chart.js, radar parts only (min+gzip)', kB(chartRadar), 'for scale');
