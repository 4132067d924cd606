// The README's Express and Fastify mounts, copied as written, in real servers beside a host route
// that reads its own JSON body: a 360 is set up, a rater opens their link and sends through HTTP.
import { expect } from 'chai';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import express from 'express';
import Fastify from 'fastify';
import { exampleResponse } from '../../src/collector/example.js';
import { createCollector } from '../../src/collector/app.js';
import { migrate } from '../../src/collector/migrate.js';
import { pgliteStore } from '../../src/collector/store/pglite.js';
import type { Store } from '../../src/collector/store/types.js';
import { freshDataDir, realFramework, setupBody } from './harness.js';

interface Host { base: string; close(): Promise<void> }

/** A fresh PGlite store, migrated, and the collector on it (default base path `/api/v1`). */
async function openCollector(): Promise<{ collector: ReturnType<typeof createCollector>; store: Store; drop(): Promise<void> }> {
  const { dataDir, drop } = freshDataDir();
  const store = await pgliteStore(dataDir);
  await migrate(store);
  const collector = createCollector({
    store,
    framework: realFramework,
    authorizeSetup: (request) => request.headers.get('x-host-admin') === 'yes',
    log: () => {},
  });
  return { collector, store, drop: async () => { await store.close().catch(() => {}); drop(); } };
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers },
});

/** The whole flow a web team relies on, through the host's server. */
async function driveA360(base: string) {
  const page = await fetch(`${base}/host/hello`);
  expect(page.status).to.equal(200);
  expect(await page.text()).to.equal('the host\'s page');

  expect((await fetch(`${base}/api/v1/360s`, json(setupBody()))).status, 'set-up without the host\'s admin check').to.equal(401);
  const made = await fetch(`${base}/api/v1/360s`, json(setupBody(), { 'x-host-admin': 'yes' }));
  expect(made.status, await made.clone().text()).to.equal(201);
  expect(made.headers.get('content-security-policy')).to.contain('default-src \'none\'');
  const s = await made.json() as { id: string; tokens: { raters: Array<{ ref: string; group: string; token: string }> } };
  const link = s.tokens.raters.find((r) => r.ref === 'peer-1')!;
  const bearer = { authorization: `Bearer ${link.token}` };

  const me = await fetch(`${base}/api/v1/me`, { headers: bearer });
  expect(me.status).to.equal(200);
  const who = await me.json() as { role: string; assessment: { id: string }; rater: { group: string } };
  expect(who.role).to.equal('rater');
  expect(who.assessment.id).to.equal(s.id);
  expect(who.rater.group).to.equal('peer');

  const badValue = exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: 'peer' }, 1);
  (badValue.answers[0] as { value: unknown }).value = 99;
  const bad = await fetch(`${base}/api/v1/responses`, json(badValue, bearer));
  expect(bad.status).to.equal(400);
  const { problems } = await bad.json() as { problems: Array<Record<string, unknown>> };
  expect(problems[0].path).to.equal('/answers/0/value');
  for (const p of problems) {
    expect(p).to.have.keys(['path', 'message']);
    expect(p.message).to.be.a('string').and.not.equal('');
  }
  const notJson = await fetch(`${base}/api/v1/responses`, { method: 'POST', body: '{"answers": [', headers: { 'content-type': 'application/json', ...bearer } });
  expect(notJson.status).to.equal(400);
  expect(await notJson.json()).to.deep.equal({ problems: [{ path: '', message: 'The body is not valid JSON.' }] });
  expect((await fetch(`${base}/api/v1/me`, { headers: bearer })).status, 'the refused bodies did not use the link').to.equal(200);
  // The host's body limit is not in the way (Fastify's does not apply to these routes): the collector's own is.
  const tooBig = await fetch(`${base}/api/v1/360s`, json(setupBody({ leaderName: 'x'.repeat(70 * 1024) }), { 'x-host-admin': 'yes' }));
  expect(tooBig.status).to.equal(413);
  expect(await tooBig.json()).to.deep.equal({ problems: [{ path: '', message: 'The body is larger than 64 kB.' }] });

  const sent = await fetch(`${base}/api/v1/responses`, json(exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: 'peer' }, 1), bearer));
  expect(sent.status, await sent.clone().text()).to.equal(201);
  expect(await sent.json()).to.deep.equal({ received: true });
  expect((await fetch(`${base}/api/v1/me`, { headers: bearer })).status, 'the link is used').to.equal(409);

  // The host's own JSON route still gets its parsed body.
  const echo = await fetch(`${base}/host/echo`, json({ greeting: 'hello' }));
  expect(echo.status).to.equal(200);
  expect(await echo.json()).to.deep.equal({ youSent: { greeting: 'hello' } });
}

function mountSuite(name: string, start: (collector: ReturnType<typeof createCollector>) => Promise<Host>) {
  describe(`mounted in ${name} as the README shows`, () => {
    let opened: Awaited<ReturnType<typeof openCollector>> | undefined;
    let host: Host | undefined;
    beforeEach(async () => {
      opened = await openCollector();
      host = await start(opened.collector);
    });
    afterEach(async () => {
      await host?.close();
      await opened?.drop();
      host = undefined;
      opened = undefined;
    });

    it('sets up a 360 and takes a rater\'s response through HTTP; bad bodies are 400 with { path, message }; the host\'s routes still work', async () => {
      await driveA360(host!.base);
    });
  });
}

mountSuite('Express', async (collector) => {
  const app = express();
  // README, "Node, Express" (as written):
  const api = getRequestListener(collector.fetch);
  app.use((req, res, next) => req.url.startsWith('/api/v1/') ? api(req, res) : next());
  // The host's own routes and body parser, after the mount.
  app.use(express.json());
  app.get('/host/hello', (_req, res) => { res.type('text/plain').send('the host\'s page'); });
  app.post('/host/echo', (req, res) => { res.json({ youSent: req.body }); });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
});

mountSuite('Fastify', async (collector) => {
  const fastify = Fastify();
  // README, "Fastify" (as written; the one-line version without its own content-type parser gave
  // 400 "The request has no body": Fastify's JSON parser had already read it):
  const api = getRequestListener(collector.fetch);
  await fastify.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (req, body, done) => done(null));   // the collector reads it
    scope.all('/api/v1/*', (req, reply) => { reply.hijack(); api(req.raw, reply.raw); });
  });
  // The host's own routes, with Fastify's own JSON parsing.
  fastify.get('/host/hello', async (_req, reply) => reply.type('text/plain').send('the host\'s page'));
  fastify.post('/host/echo', async (req) => ({ youSent: req.body }));
  await fastify.listen({ port: 0, host: '127.0.0.1' });
  return {
    base: `http://127.0.0.1:${(fastify.server.address() as AddressInfo).port}`,
    close: () => fastify.close(),
  };
});
