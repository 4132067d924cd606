// A host mounts the collector's fetch handler in its own Node server (the way Express does it):
// the host's own pages and the API share one server and one origin.
import { expect } from 'chai';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createCollector } from '../../src/collector/app.js';
import { migrate } from '../../src/collector/migrate.js';
import { pgliteStore } from '../../src/collector/store/pglite.js';
import { freshDataDir, realFramework, setupBody } from './harness.js';

describe('mounted in a host\'s node:http server', () => {
  it('serves the API under its base path beside the host\'s pages; the look-up limit sees the socket\'s address', async () => {
    const { dataDir, drop } = freshDataDir();
    const store = await pgliteStore(dataDir);
    await migrate(store);
    const app = createCollector({
      store,
      framework: realFramework,
      basePath: '/360/api',
      authorizeSetup: (request) => request.headers.get('x-host-admin') === 'yes',
      rateLimit: { maxUnknown: 2 },
      log: () => {},
    });
    const api = getRequestListener(app.fetch);
    const server = createServer((req, res) => {
      if (req.url?.startsWith('/360/api/')) return api(req, res);
      res.setHeader('content-type', 'text/html');
      res.end('<p>the host\'s page</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await (await fetch(`${base}/about`)).text()).to.contain('the host');
      const refused = await fetch(`${base}/360/api/360s`, { method: 'POST', body: JSON.stringify(setupBody()), headers: { 'content-type': 'application/json' } });
      expect(refused.status).to.equal(401);
      const made = await fetch(`${base}/360/api/360s`, { method: 'POST', body: JSON.stringify(setupBody()), headers: { 'content-type': 'application/json', 'x-host-admin': 'yes' } });
      expect(made.status).to.equal(201);
      const { tokens } = await made.json() as { tokens: { facilitator: string } };
      const progress = await fetch(`${base}/360/api/progress`, { headers: { authorization: `Bearer ${tokens.facilitator}` } });
      expect(((await progress.json()) as { invited: number }).invited).to.equal(7);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${base}/360/api/me`, { headers: { authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAA' } })).status);
      expect(statuses).to.deep.equal([404, 404, 429]);
    } finally {
      await new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); });
      await store.close();
      drop();
    }
  });
});
