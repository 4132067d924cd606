// Builds the collector for Node into dist/collector/ (ES modules, dependencies left as imports)
// and copies its SQL migrations beside it. Part of `npm run build`.
import { build } from 'esbuild';
import { chmodSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

rmSync('dist/collector', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/collector/index.ts', bin: 'src/collector/bin.ts' },
  outdir: 'dist/collector',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  // Chunks sit beside index.js: migrate.ts finds ./migrations/ from its own URL.
  chunkNames: '[name]-[hash]',
  logLevel: 'warning',
});
cpSync('src/collector/migrations', 'dist/collector/migrations', { recursive: true });
const bin = 'dist/collector/bin.js';
writeFileSync(bin, `#!/usr/bin/env node\n${readFileSync(bin, 'utf8')}`);
chmodSync(bin, 0o755);
