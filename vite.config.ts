import { defineConfig } from 'vite';
import { readdirSync, existsSync, copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** One entry per element folder that has an index.ts, plus the embed file with everything. */
function entries(): Record<string, string> {
  const map: Record<string, string> = { index: resolve('src/index.ts'), core: resolve('src/core/index.ts') };
  for (const name of readdirSync('src/components')) {
    const index = resolve('src/components', name, 'index.ts');
    if (existsSync(index)) map[name] = index;
  }
  return map;
}

// Two library builds: `vite build` writes the one-file embed (dist/lpc-components.js, everything
// inlined); `vite build --mode elements` writes per-element entry points (dist/elements/*.js) that
// share chunks, so a page that needs one element downloads only what that element uses.
let outDir = 'dist';

// `npm start` (scripts/start.mjs) runs the collector and gives its address here, so the dev server
// can proxy /api to it: pages and API share one origin (no CORS). Dev server only; builds are unchanged.
const collector = process.env.LPC_COLLECTOR_URL;

export default defineConfig(({ command, mode }) => ({
  // `npm start` serves the demo pages (index.html, demo/360/) with the real framework from data/.
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    ...(command === 'serve' && collector ? { proxy: { '/api': { target: collector, changeOrigin: false, xfwd: false } } } : {}),
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    emptyOutDir: mode !== 'elements',
    outDir: mode === 'elements' ? 'dist/elements' : 'dist',
    lib:
      mode === 'elements'
        ? { entry: entries(), formats: ['es'], fileName: (_format, name) => `${name}.js` }
        : { entry: resolve('src/index.ts'), formats: ['es'], fileName: () => 'lpc-components.js' },
    rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
  plugins: [
    {
      // The embed build ships the framework file beside the script, for hosts to serve together.
      name: 'copy-framework-data',
      apply: 'build',
      configResolved(config) {
        outDir = config.build.outDir;
      },
      closeBundle() {
        if (mode === 'elements') return;
        mkdirSync(outDir, { recursive: true });
        copyFileSync('data/lpc-core-framework-2020.json', resolve(outDir, 'lpc-core-framework-2020.json'));
      },
    },
  ],
}));
