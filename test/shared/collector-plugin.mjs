// A web-test-runner plugin that runs the real collector (src/collector on PGlite, in a temporary
// folder) for browser tests, on loopback, started on the first request that needs it. Requests to
// /test-collector/… are passed to it, so tests reach it on the test page's own origin:
// `<lpc-assessment collector="/test-collector/api/v1">`. Stopped with the test server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

export const COLLECTOR_PREFIX = '/test-collector';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `{ middleware, plugin }`: put the middleware in the config's `middleware` and the plugin in its `plugins`. */
export function testCollector() {
  let running;
  let dataDir;
  const start = () => {
    running ??= (async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'lpc-wtr-collector-'));
      const { startCollector } = await tsImport(resolve(root, 'src/collector/index.ts'), import.meta.url);
      // Tests make many look-ups in a few seconds; a generous limit keeps 429s out of their way.
      return startCollector({ dataDir, log: () => {}, rateLimit: { max: 10_000, maxUnknown: 10_000, windowMs: 60_000 } });
    })();
    return running;
  };
  const plugin = {
    name: 'lpc-test-collector',
    async serverStop() {
      if (running) await (await running).close().catch(() => {});
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  /** Koa middleware: forwards /test-collector/* to the collector, headers and body as they are. */
  const middleware = async (ctx, next) => {
      if (!ctx.path.startsWith(`${COLLECTOR_PREFIX}/`)) return next();
      const collector = await start();
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const headers = {};
      for (const name of ['authorization', 'content-type', 'accept']) if (ctx.get(name)) headers[name] = ctx.get(name);
      const answer = await fetch(collector.url + ctx.url.slice(COLLECTOR_PREFIX.length), {
        method: ctx.method,
        headers,
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      ctx.status = answer.status;
      ctx.set('Content-Type', answer.headers.get('content-type') ?? 'application/json');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = Buffer.from(await answer.arrayBuffer());
  };
  return { middleware, plugin };
}
