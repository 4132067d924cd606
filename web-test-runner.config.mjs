import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { testCollector } from './test/shared/collector-plugin.mjs';

// The real collector for tests that need one (started on first use): /test-collector/api/v1.
const collector = testCollector();

// Flags Debian Chromium needs as root on a closed network (see README: testing).
const chromeArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-dev-shm-usage',
  // Test files run side by side in tabs; a background tab must not have its timers throttled.
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
];

/**
 * `import data from './x.json'` needs a JS module, but fetch() of the same URL must get the JSON file
 * itself (the provider fetches the real framework). An import is `Sec-Fetch-Dest: script`, a fetch
 * is `empty`, so only imports are wrapped, and the transform cache keeps the two apart.
 */
const isJsonImport = (ctx) => ctx.path.endsWith('.json') && ctx.get('sec-fetch-dest') === 'script';
const jsonModules = {
  name: 'json-modules',
  transformCacheKey: (ctx) => (ctx.path.endsWith('.json') ? ctx.get('sec-fetch-dest') : undefined),
  resolveMimeType: (ctx) => (isJsonImport(ctx) ? 'js' : undefined),
  transform: (ctx) => (isJsonImport(ctx) ? { body: `export default ${ctx.body};` } : undefined),
};

/** The browser must not answer a fetch from the cached module version (or the reverse). */
async function noStoreForJson(ctx, next) {
  await next();
  if (ctx.path.endsWith('.json')) {
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Vary', 'Sec-Fetch-Dest');
    ctx.remove('ETag');
  }
}

export default {
  middleware: [noStoreForJson, collector.middleware],
  files: ['test/**/*.test.ts', '!test/node/**', '!test/collector/**', '!test/e2e/**'], // collector and e2e tests run in Node
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [collector.plugin, jsonModules, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: chromeArgs },
    }),
  ],
};
