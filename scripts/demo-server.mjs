// The whole 360 on one machine: the collector (src/collector, through tsx) on PGlite or PostgreSQL,
// and Vite serving the demo pages with /api proxied to it, so pages and API share one origin.
// Used by `npm start` (scripts/start.mjs) and the end-to-end test (test/e2e/).
import { tsImport } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{ dataDir?: string, databaseUrl?: string, port?: number, strictPort?: boolean, setupKey?: string,
 *   log?: (message: string) => void, logLevel?: 'info' | 'warn' | 'error' | 'silent' }} [options]
 * @returns {Promise<{ url: string, collectorUrl: string, database: string, close(): Promise<void> }>}
 */
export async function startDemo(options = {}) {
  const { startCollector } = await tsImport(resolve(root, 'src/collector/index.ts'), import.meta.url);
  const collector = await startCollector({
    databaseUrl: options.databaseUrl || undefined,
    dataDir: options.dataDir,
    setupKey: options.setupKey,
    log: options.log,
  });
  let vite;
  try {
    // vite.config.ts reads the collector's address from here and proxies /api to it (dev server only).
    process.env.LPC_COLLECTOR_URL = collector.url;
    const { createServer } = await import('vite');
    vite = await createServer({
      root,
      configFile: resolve(root, 'vite.config.ts'),
      logLevel: options.logLevel ?? 'info',
      server: { port: options.port ?? 5173, strictPort: options.strictPort ?? false, host: '127.0.0.1' },
    });
    await vite.listen();
  } catch (error) {
    await collector.close().catch(() => {});
    throw error;
  }
  const url = (vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${vite.config.server.port}/`).replace(/\/$/, '');
  return {
    url,
    collectorUrl: collector.url,
    database: options.databaseUrl ? 'PostgreSQL' : `PGlite in ${options.dataDir ?? process.env.LPC_DATA_DIR ?? '.data/collector'}`,
    async close() {
      await vite.close();
      await collector.close();
    },
  };
}
